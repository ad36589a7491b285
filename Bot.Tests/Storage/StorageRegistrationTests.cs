using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>Settings pick the store; bad settings stop the app at start-up, naming the key.</summary>
public sealed class StorageRegistrationTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Without_a_Redis_connection_string_state_stays_in_memory()
    {
        AppServices.Create(Now).Get<IStorage>().Should().BeOfType<InMemoryStorage>();
    }

    [Fact]
    public async Task With_a_Redis_connection_string_state_goes_to_Redis()
    {
        var services = AppServices.Create(Now, "Storage:RedisConnectionString=127.0.0.1:1", "Storage:ConnectTimeout=00:00:00.2",
            $"WebChat:TokenSigningKey={Convert.ToBase64String(new byte[32])}");
        await using var disposeConnection = (IAsyncDisposable)services;

        services.Get<IStorage>().Should().BeOfType<RedisStorage>();
        services.Get<IConnectionMultiplexer>().Should().BeSameAs(services.Get<IConnectionMultiplexer>());
    }

    [Theory]
    [InlineData("Storage:ConversationTimeToLive=00:00:00", "Storage:ConversationTimeToLive")]
    [InlineData("Storage:OperationTimeout=00:05:00", "Storage:OperationTimeout")]
    [InlineData("Storage:RedisConnectionString=127.0.0.1,password=s3cret,nonsense=1", "Storage:RedisConnectionString")]
    public async Task Bad_settings_stop_the_app_at_start_up(string setting, string key)
    {
        var start = () => AdvisorServer.StartAsync([setting, $"WebChat:TokenSigningKey={Convert.ToBase64String(new byte[32])}"]);

        var failure = await start.Should().ThrowAsync<OptionsValidationException>();
        failure.Which.Message.Should().Contain(key).And.NotContain("s3cret");
    }
}
