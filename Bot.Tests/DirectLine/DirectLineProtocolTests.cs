using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

/// <summary>The built-in Direct Line endpoint over real HTTP, as Web Chat's client uses it.</summary>
public sealed class DirectLineProtocolTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_conversation_round_trip_follows_watermarks()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);

        var (welcome, afterWelcome) = await client.ReadActivitiesAsync();
        welcome.Should().ContainSingle("the bot greets the user it was told about");
        var greeting = welcome[0]!;
        ((string)greeting["from"]!["role"]!).Should().Be("bot");
        ((string)greeting["channelId"]!).Should().Be("directline");
        ((string)greeting["text"]!).Should().Contain("Dzień dobry");
        greeting["suggestedActions"]!["actions"]!.AsArray().Should().NotBeEmpty();

        var stopwatch = Stopwatch.StartNew();
        var posted = await client.PostMessageAsync("Jak mogę się z Wami skontaktować?");
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        var (newer, afterReply) = await client.ReadActivitiesAsync(afterWelcome);
        output.WriteLine($"post + poll round trip: {stopwatch.Elapsed.TotalMilliseconds:F1} ms");

        var postedId = (string)(await DirectLineClient.ReadObjectAsync(posted))["id"]!;
        newer.Should().HaveCount(2, "only the echo of the message and the reply are newer than the welcome");
        var echo = newer[0]!;
        ((string)echo["id"]!).Should().Be(postedId);
        ((string)echo["from"]!["id"]!).Should().StartWith("dl_", "the user is the one named in the token, not the one the browser claims");
        ((string)echo["channelData"]!["clientActivityID"]!).Should().Be("client-1", "Web Chat matches its pending message by it");
        var reply = newer[1]!;
        ((string)reply["replyToId"]!).Should().Be(postedId);
        reply.ToJsonString().Should().Contain("tel:").And.Contain("mailto:");
        ((string)reply["conversation"]!["id"]!).Should().Be(client.ConversationId);

        long.Parse(afterReply).Should().BeGreaterThan(long.Parse(afterWelcome));
        var (none, unchanged) = await client.ReadActivitiesAsync(afterReply);
        none.Should().BeEmpty();
        unchanged.Should().Be(afterReply);
    }

    [Fact]
    public async Task A_reloaded_conversation_shows_the_hotline_numbers_but_not_the_customers()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);
        var (_, afterWelcome) = await client.ReadActivitiesAsync();

        await client.PostMessageAsync("Mój numer to 600 100 200. Jak mogę się z Wami skontaktować?");
        var (delivered, afterReply) = await client.ReadActivitiesAsync(afterWelcome);
        await client.ReadActivitiesAsync(afterReply);
        var (reloaded, _) = await client.ReadActivitiesAsync();

        delivered.Should().HaveCount(2);
        var question = reloaded.Single(a => (string)a!["from"]!["role"]! == "user")!;
        ((string)question["text"]!).Should().Be("Mój numer to [redacted]. Jak mogę się z Wami skontaktować?");
        var answer = reloaded.Last()!.ToJsonString();
        answer.Should().Be(delivered[1]!.ToJsonString(), "the advisor's own answer holds no one's data")
            .And.Contain("22 206 21 21").And.Contain("kontakt@vivus.pl");
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00+01:00", "660 600 700", "tel:+48222062121")]
    [InlineData("2026-11-25T23:00:00+01:00", "kontakt@vivus.pl", "mailto:kontakt@vivus.pl")]
    public async Task A_reloaded_hours_answer_still_shows_vivus_numbers_and_address(string now, string shown, string link)
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        await using var server = await AdvisorServer.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        var client = await DirectLineClient.StartAsync(server.Client);
        await client.ReadNewFromBotAsync();
        var answer = DirectLineClient.Texts(await client.SayAsync("Czy infolinia teraz działa? Mój numer to 601 202 303"));
        answer.Should().Contain(shown).And.Contain(link);
        await client.ReadNewFromBotAsync();

        var (reloaded, _) = await client.ReadActivitiesAsync();

        var texts = string.Join("\n", reloaded.Select(a => (string?)a!["text"]));
        texts.Should().Contain(answer, "Vivus's own numbers and address are no one's personal data")
            .And.Contain("Mój numer to [redacted]").And.NotContain("601 202 303");
    }

    [Fact]
    public async Task A_reloaded_intake_keeps_the_phone_questions_example_but_masks_the_customers_number()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);
        await client.ReadNewFromBotAsync();
        foreach (var answer in new[] { "Chcę porozmawiać z konsultantem", "Spłata lub płatność", "tak", "90010112349", "VIV-123456" })
            await client.SayAsync(answer);
        DirectLineClient.Texts(await client.SayAsync("jan.kowalski@example.com")).Should().Contain("numer telefonu");
        await client.SayAsync("601 202 303");
        await client.ReadNewFromBotAsync();

        var (reloaded, _) = await client.ReadActivitiesAsync();

        var texts = reloaded.Select(a => (string?)a!["text"]).ToList();
        texts.Should().Contain("A jaki numer telefonu jest przypisany do konta (np. 600 100 200)?")
            .And.Contain("[redacted]", "the number the customer gave is masked once delivered")
            .And.NotContain(t => t != null && t.Contains("601 202 303"));
    }

    [Fact]
    public async Task Starting_twice_keeps_the_conversation_and_a_refreshed_token_works()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);

        (await client.SendAsync(HttpMethod.Post, "/conversations")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refreshed = await client.SendAsync(HttpMethod.Post, "/tokens/refresh");
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await DirectLineClient.ReadObjectAsync(refreshed);
        ((string)body["conversationId"]!).Should().Be(client.ConversationId);
        ((int)body["expires_in"]!).Should().Be(1800);
        client.Token = (string)body["token"]!;

        var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}?watermark=1");
        reconnect.StatusCode.Should().Be(HttpStatusCode.OK);
        var (activities, _) = await client.ReadActivitiesAsync();
        activities.Should().ContainSingle("one welcome, though the conversation was started twice");
    }

    [Fact]
    public async Task Wrong_tampered_missing_and_foreign_tokens_are_refused()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);
        var other = await DirectLineClient.StartAsync(server.Client);
        var good = client.Token;
        var parts = good.Split('.');

        foreach (var token in new[] { "", "not-a-token", parts[0] + "." + parts[1] + ".AAAA", Tamper(parts), "a.b.c" })
        {
            client.Token = token;
            ((int)(await client.GetActivitiesAsync()).StatusCode).Should().Be(401, $"token '{token}' is not ours");
            ((int)(await client.PostMessageAsync("hej")).StatusCode).Should().Be(401);
            ((int)(await client.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode).Should().Be(401);
        }

        client.Token = good;
        (await client.GetActivitiesAsync(conversationId: other.ConversationId)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        other.Token = good;
        (await other.PostMessageAsync("hej")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetActivitiesAsync()).StatusCode.Should().Be(HttpStatusCode.OK, "the server keeps serving");
    }

    [Fact]
    public async Task An_expired_token_gets_403_and_an_idle_conversation_is_forgotten()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await AdvisorServer.StartAsync(
            ["WebChat:TokenLifetime=00:10:00", "WebChat:ConversationIdleTimeout=00:05:00"],
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        var client = await DirectLineClient.StartAsync(server.Client);

        clock.Advance(TimeSpan.FromMinutes(6));
        (await client.GetActivitiesAsync()).StatusCode.Should().Be(HttpStatusCode.NotFound, "nobody used it for longer than the idle timeout");

        clock.Advance(TimeSpan.FromMinutes(5));
        (await client.GetActivitiesAsync()).StatusCode.Should().Be(HttpStatusCode.Forbidden, "Web Chat's client reads 403 as an expired token");
        (await client.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = new DirectLineClient(server.Client);
        await client.GenerateTokenAsync();

        (await client.GetActivitiesAsync()).StatusCode.Should().Be(HttpStatusCode.NotFound, "the token's conversation was never started");
        (await client.PostMessageAsync("hej")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string> BadActivities => new()
    {
        { "malformed JSON", "application/json", """{"type":"message",""" },
        { "not an object", "application/json", "[1,2,3]" },
        { "a bare string", "application/json", "\"hej\"" },
        { "empty body", "application/json", "" },
        { "no type", "application/json", """{"text":"hej"}""" },
        { "a type the browser may not send", "application/json", """{"type":"conversationUpdate"}""" },
        { "a wrongly typed field", "application/json", """{"type":"message","timestamp":{"a":1}}""" },
        { "too deep", "application/json", """{"type":"message","value":""" + new string('[', 100) + new string(']', 100) + "}" },
        { "wrong content type", "text/plain", """{"type":"message","text":"hej"}""" },
        { "oversized", "application/json", """{"type":"message","text":" """ + new string('a', 70_000) + "\"}" },
    };

    [Theory]
    [MemberData(nameof(BadActivities))]
    public async Task A_bad_activity_gets_a_4xx_and_the_server_keeps_serving(string because, string contentType, string body)
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);

        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{client.ConversationId}/activities", body, contentType);

        ((int)response.StatusCode).Should().BeInRange(400, 499, because);
        (await client.PostMessageAsync("hej")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999999999999999999")]
    public async Task A_bad_watermark_gets_400(string watermark)
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);

        (await client.GetActivitiesAsync(watermark)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}?watermark={watermark}")).StatusCode
            .Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_malformed_start_body_gets_400()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = new DirectLineClient(server.Client);
        await client.GenerateTokenAsync();

        (await client.SendAsync(HttpMethod.Post, "/conversations", "{\"user\":")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.SendAsync(HttpMethod.Post, "/conversations", "[]")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Memory_is_bounded_per_conversation_and_in_conversations()
    {
        await using var server = await AdvisorServer.StartAsync(["WebChat:MaxActivitiesPerConversation=10", "WebChat:MaxConversations=2"]);
        var client = await DirectLineClient.StartAsync(server.Client);
        for (var i = 0; i < 8; i++)
        {
            (await client.PostMessageAsync($"pytanie {i}", $"c{i}")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var (activities, watermark) = await client.ReadActivitiesAsync();
        activities.Should().HaveCount(10, "only the latest activities are kept");
        watermark.Should().Be("17", "1 welcome + 8 messages + 8 replies");

        await DirectLineClient.StartAsync(server.Client);
        var third = new DirectLineClient(server.Client);
        await third.GenerateTokenAsync();
        (await third.SendAsync(HttpMethod.Post, "/conversations")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Message_text_stays_out_of_the_log()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);

        await client.PostMessageAsync("Mój PESEL 44051401359, jan.kowalski@example.com, tel. 601 234 567, hasło zielony-kot");

        server.Logs.AllText.Should().NotContain("44051401359").And.NotContain("jan.kowalski").And.NotContain("601 234 567")
            .And.NotContain("zielony-kot");
    }

    private static string Tamper(string[] parts)
    {
        var payload = parts[1].ToCharArray();
        payload[5] = payload[5] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new string(payload) + "." + parts[2];
    }
}
