using System.Net;
using System.Text.Json;
using Vivus.Advisor.Bot.Tests.Concurrency;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Protocol;

/// <summary>Odd, hostile and excessive input through the public endpoints: answered, escaped or refused with a 4xx, never a 500.</summary>
public sealed class HostileInputTests
{
    private const string Pesel = DirectLineIntake.Pesel;

    public static TheoryData<string, string> OddTexts => new()
    {
        { "empty", "" },
        { "whitespace only", " \t\n  " },
        { "10,000 characters", string.Concat(Enumerable.Repeat("spłata raty ", 834))[..10_000] },
        { "control characters", "hej\u0000\u0007\u001b[31m\u0008\u007f\u202e kontakt" },
        { "emoji", "💸🙂👍🏽 jak zapłacić? 🇵🇱" },
        { "right-to-left", "مرحبا كيف أدفع שלום \u200f kontakt" },
        { "Lucene query syntax", "title:(spłata OR rata)^2 AND \"kontakt\"~3 +pożyczka -odsetki* ?[a TO z] {x TO y} \\ && || !" },
        { "lone surrogate", "pożyczka \ud800 spłata" },
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Odd_text_gets_an_answer_and_no_apology(string because, string text)
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);
        await client.ReadNewFromBotAsync();

        var response = await client.PostMessageAsync(text);

        response.StatusCode.Should().Be(HttpStatusCode.OK, because);
        var replies = await client.ReadNewFromBotAsync();
        replies.Should().NotBeEmpty(because);
        DirectLineClient.Texts(replies).Should().NotContain(ConcurrentTurnsTests.Apology, because);
        server.Logs.AllText.Should().NotContain("Unhandled error", because);
    }

    [Fact]
    public async Task Markup_in_the_description_is_repeated_escaped_in_the_summary_never_rendered()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);
        const string markup = "<script>alert(1)</script> **pilne** [kliknij](javascript:alert(1)) <img src=x onerror=alert(1)> `kod` | a |";

        var steps = await DirectLineIntake.RunAsync([client], markup);

        var summary = DirectLineClient.Texts(steps[8]);
        summary.Should().Contain("\\<script\\>alert\\(1\\)\\</script\\>").And.Contain("\\*\\*pilne\\*\\*")
            .And.Contain("\\[kliknij\\]\\(javascript:alert\\(1\\)\\)").And.Contain("\\<img src=x onerror=alert\\(1\\)\\>").And.Contain("\\`kod\\`");
        summary.Should().NotContain("<script>").And.NotContain("[kliknij](");
    }

    [Fact]
    public async Task A_pesel_in_every_field_of_a_direct_line_activity_stays_out_of_the_log()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);

        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{client.ConversationId}/activities", ActivityFullOf(Pesel));
        await client.PostMessageAsync("Chcę porozmawiać z konsultantem");
        await client.ReadNewFromBotAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Logs.AllText.Should().NotContain(Pesel).And.NotContain("900101");
    }

    [Fact]
    public async Task A_pesel_in_every_field_of_a_channel_activity_stays_out_of_the_log()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync();
        var activity = JsonSerializer.Deserialize<Dictionary<string, object>>(ActivityFullOf(Pesel))!;
        activity["conversation"] = new { id = "pesel-conv", name = Pesel };
        activity["serviceUrl"] = channel.ServiceUrl;
        activity["channelId"] = "emulator";
        activity["recipient"] = new { id = "bot" };

        var response = await server.Client.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(activity), System.Text.Encoding.UTF8, "application/json"));
        await channel.NextAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Logs.AllText.Should().NotContain(Pesel).And.NotContain("900101");
    }

    [Fact]
    public async Task An_unknown_activity_type_at_the_channel_endpoint_is_accepted_and_ignored()
    {
        await using var server = await AdvisorServer.StartAsync();
        var body = """{"type":"somethingNew","text":"hej","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"recipient":{"id":"b"}}""";

        var response = await server.Client.PostAsync("/api/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).Should().BeInRange(200, 299);
        server.Logs.AllText.Should().NotContain("Unhandled error");
    }

    private static string ActivityFullOf(string pesel) => JsonSerializer.Serialize(new
    {
        type = "message",
        text = $"Mój PESEL to {pesel}",
        name = pesel,
        locale = "pl-PL",
        from = new { id = pesel, name = pesel },
        channelData = new { clientActivityID = pesel, note = pesel },
        value = new { pesel, nested = new[] { pesel } },
        attachments = new[] { new { contentType = "text/plain", content = pesel, name = pesel } },
        entities = new[] { new { type = "note", text = pesel } },
        summary = pesel,
        speak = pesel,
    });
}
