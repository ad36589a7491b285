using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Concurrency;

/// <summary>
/// The turn lock shared by instances on one Redis: SET NX PX with a random token, released only by its owner
/// (compare-and-delete in Lua), expiring after <see cref="TurnLockOptions.HoldTimeout"/> should the owner die.
/// When Redis cannot be reached the turn goes ahead unlocked: the state store fails that turn anyway, as before.
/// </summary>
public sealed class RedisTurnLock(
    IConnectionMultiplexer redis, IOptions<StorageOptions> storage, IOptions<TurnLockOptions> options, ILogger<RedisTurnLock> logger)
{
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(100);

    // One attempt waits at most this long, so a hung Redis costs a turn little on top of the state store's own timeout.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(500);

    private readonly string _prefix = storage.Value.KeyPrefix + "turn-lock/";
    private readonly TurnLockOptions _options = options.Value;

    /// <summary>Null when another instance's turn held the conversation for the whole wait.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        var redisKey = new RedisKey(_prefix + key);
        var token = Guid.NewGuid().ToString("N");
        var deadline = DateTime.UtcNow + wait;
        var backoff = FirstBackoff;
        while (true)
        {
            if (!redis.IsConnected)
            {
                logger.LogWarning("Turn lock skipped: Redis is not connected");
                return Unlocked.Instance;
            }
            bool acquired;
            try
            {
                acquired = await redis.GetDatabase()
                    .StringSetAsync(redisKey, token, _options.HoldTimeout, When.NotExists)
                    .WaitAsync(AttemptTimeout, cancellationToken);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // The SET may still run once Redis answers again; the release queued behind it undoes it.
                _ = redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [redisKey], [token], CommandFlags.FireAndForget);
                logger.LogWarning("Turn lock skipped: {Failure}", e.GetType().Name);
                return Unlocked.Instance;
            }
            if (acquired)
            {
                return new Holder(this, redisKey, token);
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }
            // Jitter keeps two waiting instances from retrying in lockstep.
            var pause = TimeSpan.FromMilliseconds(backoff.TotalMilliseconds * (0.5 + Random.Shared.NextDouble() / 2));
            await Task.Delay(pause < left ? pause : left, cancellationToken);
            backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
        }
    }

    private async Task ReleaseAsync(RedisKey key, string token)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [key], [token]);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // It expires by itself after the hold timeout.
            logger.LogWarning("Turn lock not released: {Failure}", e.GetType().Name);
        }
    }

    private sealed class Holder(RedisTurnLock owner, RedisKey key, string token) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(owner.ReleaseAsync(key, token));
    }

    private sealed class Unlocked : IAsyncDisposable
    {
        public static readonly Unlocked Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
