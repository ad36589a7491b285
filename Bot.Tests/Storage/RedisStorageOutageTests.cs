using System.Diagnostics;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>With Redis gone the storage fails fast with one clear exception, and recovers by itself.</summary>
public sealed class RedisStorageOutageTests : IDisposable
{
    private readonly RedisServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Every_operation_fails_in_bounded_time_while_Redis_is_down_and_works_again_after()
    {
        using var redis = new RedisStorageUnderTest(_server);
        const string key = "emulator/users/outage-user-id";
        await redis.Storage.WriteAsync(new Dictionary<string, object> { [key] = new CaseDraft() });

        _server.Stop();
        var operations = new Func<Task>[]
        {
            () => redis.Storage.ReadAsync([key]),
            () => redis.Storage.WriteAsync(new Dictionary<string, object> { [key] = new CaseDraft() }),
            () => redis.Storage.DeleteAsync([key]),
        };
        foreach (var operation in operations)
        {
            var watch = Stopwatch.StartNew();
            var failure = await operation.Should().ThrowAsync<StateStoreUnavailableException>();
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
            failure.Which.ToString().Should().NotContain("outage-user-id");
        }

        _server.Start();
        await redis.WaitUntilServingAsync();
        await redis.Storage.WriteAsync(new Dictionary<string, object> { [key] = new CaseDraft { Topic = "back" } });
        (await redis.Storage.ReadAsync([key])).Should().ContainKey(key);
    }

    [Fact]
    public async Task A_hung_Redis_fails_a_command_after_the_timeout_and_the_next_one_at_once()
    {
        using var redis = new RedisStorageUnderTest(_server);
        await redis.Storage.ReadAsync(["k"]);
        _server.Freeze();

        var first = Stopwatch.StartNew();
        await ((Func<Task>)(() => redis.Storage.ReadAsync(["k"]))).Should().ThrowAsync<StateStoreUnavailableException>();
        first.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(1.5)).And.BeLessThan(TimeSpan.FromSeconds(5));

        var second = Stopwatch.StartNew();
        await ((Func<Task>)(() => redis.Storage.DeleteAsync(["k"]))).Should().ThrowAsync<StateStoreUnavailableException>();
        second.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));

        // The client may have dropped the silent connection meanwhile; it reconnects by itself.
        _server.Thaw();
        await Task.Delay(redis.Options.OperationTimeout);
        await redis.WaitUntilServingAsync();
        (await redis.Storage.ReadAsync(["k"])).Should().BeEmpty();
    }

    [Fact]
    public async Task A_storage_started_while_Redis_is_down_works_once_Redis_is_up()
    {
        _server.Stop();
        var watch = Stopwatch.StartNew();
        using var redis = new RedisStorageUnderTest(_server);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        await ((Func<Task>)(() => redis.Storage.ReadAsync(["k"]))).Should().ThrowAsync<StateStoreUnavailableException>();

        _server.Start();
        await redis.WaitUntilServingAsync();

        (await redis.Storage.ReadAsync(["k"])).Should().BeEmpty();
    }
}
