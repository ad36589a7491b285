using System.Diagnostics;
using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The real app, several instances on one Redis: a conversation may move between them at any turn.</summary>
public sealed class SharedStateTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly string _keyPrefix = $"advisor-{Guid.NewGuid():N}:";

    public void Dispose() => _redis.Dispose();

    [Fact]
    public async Task A_conversation_alternating_between_two_instances_keeps_its_state()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var first = await StartInstanceAsync();
        await using var second = await StartInstanceAsync();
        var counters = new[] { Count(first, "first"), Count(second, "second") };

        for (var turn = 0; turn < 4; turn++)
        {
            var server = turn % 2 == 0 ? first : second;
            var response = await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("jak się skontaktować?", channel.ServiceUrl, "shared-conv")));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await channel.NextAsync()).Activity.Text.Should().Contain("660 600 700");
        }

        counters.SelectMany(c => c.Seen).OrderBy(s => s.Turn).Should().Equal(
            ("first", 1), ("second", 2), ("first", 3), ("second", 4));
        first.Services.GetRequiredService<IStorage>().Should().BeOfType<RedisStorage>();
    }

    [Fact]
    public async Task A_case_intake_alternating_between_two_instances_reaches_the_handoff()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var first = await StartInstanceAsync();
        await using var second = await StartInstanceAsync();
        var said = new List<string>();

        for (var step = 0; step < DirectLineIntake.Script().Length; step++)
        {
            var (say, expect) = DirectLineIntake.Script()[step];
            var server = step % 2 == 0 ? first : second;
            var response = await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message(say, channel.ServiceUrl, "shared-intake")));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            string text;
            do
            {
                text = (await channel.NextAsync()).Activity.Text ?? "";
                said.Add(text);
            }
            while (!text.Contains(expect, StringComparison.Ordinal));
        }

        string.Join("\n", said).Should().Contain("VIV-123456").And.Contain(DirectLineIntake.Email).And.Contain("+48 601 202 303")
            .And.NotContain("coś poszło nie tak");
    }

    [Fact]
    public async Task A_turn_with_Redis_down_fails_fast_and_service_resumes_when_Redis_is_back()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await StartInstanceAsync();
        var counter = Count(server, "only");
        (await server.Client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("hej", channel.ServiceUrl, "outage-conv")));
        await channel.NextAsync();

        _redis.Stop();
        var watch = Stopwatch.StartNew();
        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("halo?", channel.ServiceUrl, "outage-conv")));
        var failedTurn = watch.Elapsed;
        var apology = (await channel.NextAsync()).Activity;
        var health = await server.Client.GetAsync("/healthz");

        failedTurn.Should().BeLessThan(TimeSpan.FromSeconds(5));
        apology.Text.Should().Contain("660 600 700");
        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        server.Logs.AllText.Should().Contain(nameof(StateStoreUnavailableException)).And.NotContain("halo?");

        _redis.Start();
        await WaitUntilHealthyAsync(server);
        var response = await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("jestem", channel.ServiceUrl, "outage-conv")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await channel.NextAsync()).Activity.Text.Should().Contain("660 600 700");
        // This test Redis keeps nothing across a restart, so the conversation starts over.
        counter.Seen.Last().Should().Be(("only", 1));
    }

    [Fact]
    public async Task A_turn_with_Redis_hung_fails_within_five_seconds_and_the_state_survives()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await StartInstanceAsync();
        var counter = Count(server, "only");
        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("hej", channel.ServiceUrl, "hung-conv")));
        await channel.NextAsync();

        _redis.Freeze();
        var watch = Stopwatch.StartNew();
        await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("halo?", channel.ServiceUrl, "hung-conv")));
        var failedTurn = watch.Elapsed;
        var apology = (await channel.NextAsync()).Activity;

        failedTurn.Should().BeLessThan(TimeSpan.FromSeconds(5));
        apology.Text.Should().Contain("660 600 700");
        (await server.Client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        _redis.Thaw();
        await WaitUntilHealthyAsync(server);
        // After a timeout the storage fails fast for one operation timeout (2 s by default).
        await Task.Delay(TimeSpan.FromSeconds(2));
        var response = await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("jestem", channel.ServiceUrl, "hung-conv")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await channel.NextAsync()).Activity.Text.Should().Contain("660 600 700");
        counter.Seen.Last().Should().Be(("only", 2));
    }

    private Task<AdvisorServer> StartInstanceAsync() => AdvisorServer.StartAsync(
    [
        $"Storage:RedisConnectionString={_redis.ConnectionString}",
        $"Storage:KeyPrefix={_keyPrefix}",
        // Required with Redis: every instance must accept the built-in Direct Line tokens of the others.
        $"WebChat:TokenSigningKey={Convert.ToBase64String(new byte[32])}",
    ]);

    private static TurnCounter Count(AdvisorServer server, string instance)
    {
        var counter = new TurnCounter(server.Services.GetRequiredService<TrackedConversationState>(), instance);
        server.Services.GetRequiredService<AdapterWithErrorHandler>().Use(counter);
        return counter;
    }

    private static async Task WaitUntilHealthyAsync(AdvisorServer server)
    {
        var watch = Stopwatch.StartNew();
        while ((await server.Client.GetAsync("/healthz")).StatusCode != HttpStatusCode.OK)
        {
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "the bot reconnects to Redis by itself");
            await Task.Delay(200);
        }
    }
}
