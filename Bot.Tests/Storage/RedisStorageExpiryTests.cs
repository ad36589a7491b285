using System.Diagnostics;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>Abandoned state expires by itself; reads and writes keep a live conversation's state alive.</summary>
public sealed class RedisStorageExpiryTests(RedisServer server) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task State_is_gone_after_the_time_to_live_without_activity()
    {
        using var redis = new RedisStorageUnderTest(server, timeToLive: TimeSpan.FromSeconds(1));
        await redis.Storage.WriteAsync(new Dictionary<string, object> { ["abandoned"] = new CaseDraft { Topic = "t" } });
        var written = Stopwatch.StartNew();

        (await redis.Redis.GetDatabase().KeyTimeToLiveAsync(redis.RawKey("abandoned"))).Should().BeGreaterThan(TimeSpan.Zero);
        while (await redis.Redis.GetDatabase().KeyExistsAsync(redis.RawKey("abandoned")))
        {
            written.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }

        written.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(800));
        (await redis.Storage.ReadAsync(["abandoned"])).Should().BeEmpty();
    }

    [Fact]
    public async Task A_write_restarts_the_time_to_live()
    {
        using var redis = new RedisStorageUnderTest(server, timeToLive: TimeSpan.FromSeconds(4));
        await redis.Storage.WriteAsync(new Dictionary<string, object> { ["busy"] = new CaseDraft { Topic = "1" } });
        await Task.Delay(2500);

        await redis.Storage.WriteAsync(new Dictionary<string, object> { ["busy"] = new CaseDraft { Topic = "2" } });
        await Task.Delay(2500);

        // 5 s after the first write, past its time to live, the item lives on from the second.
        (await redis.Storage.ReadAsync(["busy"])).Should().ContainKey("busy");
    }

    [Fact]
    public async Task A_read_restarts_the_time_to_live()
    {
        using var redis = new RedisStorageUnderTest(server, timeToLive: TimeSpan.FromSeconds(6));
        await redis.Storage.WriteAsync(new Dictionary<string, object> { ["read"] = new CaseDraft() });
        await Task.Delay(3000);

        await redis.Storage.ReadAsync(["read"]);

        // Without the restart at most 3 s would be left; the margin allows for a slow machine.
        (await redis.Redis.GetDatabase().KeyTimeToLiveAsync(redis.RawKey("read"))).Should().BeGreaterThan(TimeSpan.FromSeconds(4));
    }
}
