using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Tests.Concurrency;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

/// <summary>The built-in Direct Line with its store on Redis: one conversation served by two instances in turn.</summary>
public sealed class SharedDirectLineTests : IDisposable
{
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly RedisServer _redis = new();
    private readonly string _keyPrefix = $"advisor-{Guid.NewGuid():N}:";

    public void Dispose() => _redis.Dispose();

    [Fact]
    public async Task A_case_intake_hopping_between_two_instances_reaches_the_handoff()
    {
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        a.Services.GetRequiredService<IDirectLineStore>().Should().BeOfType<RedisDirectLineStore>();
        var client = await DirectLineClient.StartAsync(a.Client);

        var steps = await DirectLineIntake.RunAsync([client, client.Via(b.Client)]);

        var summary = DirectLineClient.Texts(steps[8]);
        summary.Should().Contain("\\*\\*\\*\\*\\*\\*\\*2349").And.Contain("VIV-123456").And.Contain(DirectLineIntake.Email)
            .And.Contain("+48 601 202 303").And.Contain("250,50 zł").And.Contain("Nie zdążę zapłacić raty");
        var handoff = steps[9].Should().ContainSingle(x => (string?)x["type"] == "event").Subject;
        ((string?)handoff["name"]).Should().Be("handoff.initiate");
        ((string?)handoff["value"]!["Email"]).Should().Be(DirectLineIntake.Email);
        ((string?)handoff["value"]!["Pesel"]).Should().Be("*******2349");
        var transcript = handoff["attachments"]!.AsArray().Single()!["content"]!["activities"]!.AsArray();
        transcript.Select(line => (string?)line!["text"]).Should().Contain("Nie zdążę zapłacić raty w terminie, proszę o kontakt.")
            .And.NotContain(text => text!.Contains("90010112349") || text.Contains(DirectLineIntake.Email));
        transcript.Should().OnlyContain(line => (string?)line!["from"]!["role"] == "user" || (string?)line!["from"]!["role"] == "bot");
        DirectLineClient.Texts(steps[9]).Should().NotContain(ConcurrentTurnsTests.Apology);
        var watermarks = steps.SelectMany(s => s).Select(x => int.Parse(((string)x["id"]!).Split('|')[1])).ToList();
        watermarks.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Two_posts_at_once_to_two_instances_are_answered_in_order()
    {
        var slowA = new SlowTurns(TimeSpan.FromMilliseconds(500));
        var slowB = new SlowTurns(TimeSpan.FromMilliseconds(500));
        await using var a = await StartInstanceAsync(slowA.Install);
        await using var b = await StartInstanceAsync(slowB.Install);
        var client = await DirectLineClient.StartAsync(a.Client);
        await client.ReadNewFromBotAsync();
        await client.SayAsync("Mam problem ze spłatą");
        await client.SayAsync("tak");

        var pesel = client.PostMessageAsync(DirectLineIntake.Pesel, "client-pesel");
        await slowA.StartedWith(DirectLineIntake.Pesel);
        var loan = client.Via(b.Client).PostMessageAsync(DirectLineIntake.LoanNumber, "client-loan");
        (await pesel).StatusCode.Should().Be(HttpStatusCode.OK);
        (await loan).StatusCode.Should().Be(HttpStatusCode.OK);

        var replies = DirectLineClient.Texts(await client.Via(b.Client).ReadNewFromBotAsync());
        replies.Should().Contain("zapisałem PESEL").And.Contain("adres e-mail").And.NotContain(ConcurrentTurnsTests.Apology);
        replies.IndexOf("numer Twojej pożyczki", StringComparison.Ordinal).Should().BeLessThan(replies.IndexOf("adres e-mail", StringComparison.Ordinal));
        DirectLineClient.Texts(await client.SayAsync(DirectLineIntake.Email)).Should().Contain("numer telefonu");
    }

    [Fact]
    public async Task After_the_handoff_neither_the_logs_nor_Redis_hold_the_customers_data()
    {
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        var client = await DirectLineClient.StartAsync(a.Client);

        await DirectLineIntake.RunAsync([client, client.Via(b.Client)]);

        var stored = await ReadEverythingUnderThePrefixAsync();
        stored.Should().Contain("Podsumowanie", "the activity log is in Redis");
        foreach (var raw in DirectLineIntake.RawValues)
        {
            stored.Should().NotContain(raw);
            a.Logs.AllText.Should().NotContain(raw);
            b.Logs.AllText.Should().NotContain(raw);
        }
    }

    [Fact]
    public async Task A_stream_on_one_instance_gets_the_reply_to_a_post_on_the_other()
    {
        await using var a = await StartInstanceAsync();
        await using var b = await StartInstanceAsync();
        var client = new DirectLineClient(a.Client);
        await client.GenerateTokenAsync();
        var started = await DirectLineClient.ReadObjectAsync(await client.SendAsync(HttpMethod.Post, "/conversations", "{}"));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), DirectLineStreamTests.Timeout());
        await DirectLineStreamTests.ReceiveAsync(socket);

        (await client.Via(b.Client).PostMessageAsync("Jak się z Wami skontaktować?")).StatusCode.Should().Be(HttpStatusCode.OK);
        var received = new List<string>();
        while (received.Count < 2)
        {
            received.AddRange((await DirectLineStreamTests.ReceiveAsync(socket))["activities"]!.AsArray().Select(x => x!.ToJsonString()));
        }

        received[1].Should().Contain("tel:");
    }

    [Fact]
    public async Task A_conversation_on_Redis_keeps_its_latest_activities_and_expires_when_idle()
    {
        await using var a = await StartInstanceAsync(settings: ["WebChat:MaxActivitiesPerConversation=10", "WebChat:ConversationIdleTimeout=00:02:00"]);
        var client = await DirectLineClient.StartAsync(a.Client);
        for (var i = 0; i < 8; i++)
        {
            await client.PostMessageAsync($"hej {i}", $"c-{i}");
        }

        var (activities, watermark) = await client.ReadActivitiesAsync();
        activities.Should().HaveCount(10);
        int.Parse(watermark).Should().BeGreaterThan(10);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        foreach (var key in new[] { $"directline/{client.ConversationId}", $"directline/{client.ConversationId}/activities" })
        {
            var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(_keyPrefix + key);
            ttl.Should().BeGreaterThan(TimeSpan.FromSeconds(100)).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(2));
        }
    }

    [Fact]
    public async Task Without_a_shared_signing_key_an_instance_on_Redis_does_not_start()
    {
        var start = () => AdvisorServer.StartAsync([$"Storage:RedisConnectionString={_redis.ConnectionString}"]);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("WebChat:TokenSigningKey");
    }

    private Task<AdvisorServer> StartInstanceAsync(
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null, IEnumerable<string>? settings = null) =>
        AdvisorServer.StartAsync(
        [
            $"Storage:RedisConnectionString={_redis.ConnectionString}",
            $"Storage:KeyPrefix={_keyPrefix}",
            $"WebChat:TokenSigningKey={SigningKey}",
            .. settings ?? [],
        ], configure);

    private async Task<string> ReadEverythingUnderThePrefixAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var db = redis.GetDatabase();
        var text = new StringBuilder();
        foreach (var key in redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: _keyPrefix + "*"))
        {
            text.AppendLine(key.ToString());
            switch (await db.KeyTypeAsync(key))
            {
                case RedisType.String:
                    text.AppendLine(await db.StringGetAsync(key));
                    break;
                case RedisType.Hash:
                    text.AppendJoin('\n', (await db.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}")).AppendLine();
                    break;
                case RedisType.SortedSet:
                    text.AppendJoin('\n', await db.SortedSetRangeByRankAsync(key)).AppendLine();
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected Redis type at {key}.");
            }
        }
        return text.ToString();
    }
}
