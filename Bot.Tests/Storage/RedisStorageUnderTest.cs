using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>A <see cref="RedisStorage"/> with a connection of its own (as one bot instance has) and a fresh key prefix.</summary>
public sealed class RedisStorageUnderTest : IDisposable
{
    private readonly ILoggerFactory _loggers;

    public RedisStorageUnderTest(RedisServer server, string? keyPrefix = null, TimeSpan? timeToLive = null)
    {
        Options = new StorageOptions
        {
            RedisConnectionString = server.ConnectionString,
            KeyPrefix = keyPrefix ?? $"test-{Guid.NewGuid():N}:",
            ConversationTimeToLive = timeToLive ?? TimeSpan.FromMinutes(30),
        };
        _loggers = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Redis = RedisConnector.Connect(Options, _loggers.CreateLogger<RedisStorageUnderTest>());
        Storage = new RedisStorage(Redis, Microsoft.Extensions.Options.Options.Create(Options), _loggers.CreateLogger<RedisStorage>());
    }

    public StorageOptions Options { get; }

    public LogCapture Logs { get; } = new();

    public IConnectionMultiplexer Redis { get; }

    public RedisStorage Storage { get; }

    /// <summary>The item's own Redis key, to look at it as Redis holds it.</summary>
    public RedisKey RawKey(string key) => Options.KeyPrefix + key;

    /// <summary>
    /// Waits until the storage answers again: being connected is not enough, since the client may still drop
    /// a connection that went silent, and the store fails fast for a moment after a timeout.
    /// </summary>
    public async Task WaitUntilServingAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            try
            {
                await Storage.ReadAsync(["probe"], timeout.Token);
                return;
            }
            catch (StateStoreUnavailableException)
            {
                await Task.Delay(100, timeout.Token);
            }
        }
    }

    public void Dispose()
    {
        Redis.Dispose();
        _loggers.Dispose();
    }
}
