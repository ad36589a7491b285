using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Tests.Cases;

public sealed class HandoffEventTests
{
    [Fact]
    public void The_transcript_is_attached_as_the_json_bot_framework_would_write_of_it()
    {
        var turn = new TurnContext(new TestAdapter(), MessageFactory.Text("Potwierdzam"));
        var at = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1));
        TranscriptLine[] lines =
        [
            new() { Role = RoleTypes.User, Text = "Chcę porozmawiać z konsultantem", Timestamp = at },
            new() { Role = RoleTypes.Bot, Text = "Podaj \"PESEL\":\n[redacted] — „pomiń”", Timestamp = at.AddSeconds(1.2345678) },
            new() { Role = RoleTypes.User, Text = "", Timestamp = at.ToUniversalTime().AddDays(1) },
        ];
        var transcript = new Transcript(lines.Select(line => new Activity(ActivityTypes.Message)
        {
            Timestamp = line.Timestamp,
            From = new ChannelAccount(line.Role, role: line.Role),
            Text = line.Text,
        }).ToList());
        var context = new HandoffContext("Repayment", "Spłata", true, "*******2349", "VIV-123456", "jan@example.com", "+48 600 100 200", [],
            "Opis", "phone", new HotlineSnapshot(true, at.AddHours(6), null));

        var handoff = (Activity)HandoffEvent.Create(turn, context, lines, at);

        handoff.Name.Should().Be(HandoffEventNames.InitiateHandoff);
        var attached = handoff.Attachments.Should().ContainSingle().Which.Content.Should().BeOfType<JRaw>().Subject;
        attached.ToString(Formatting.None).Should().Be(JsonConvert.SerializeObject(transcript, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
    }

    public static TheoryData<HandoffContext> Cases => new()
    {
        new HandoffContext("Repayment", "Spłata lub płatność", true, "90010112349", "VIV-123456", "jan@example.com", "+48 600 100 200",
            [new CaseDetail { Label = "Data ostatniej spłaty", Value = "25 listopada 2026" }, new CaseDetail { Label = "Kwota", Value = "250,50 zł" }],
            "Nie zdążę \"zapłacić\"\nraty.", "phone",
            new HotlineSnapshot(true, new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(1)))),
        new HandoffContext("Other", "Inna sprawa", false, null, null, "", "", [], "", "email", new HotlineSnapshot(false, null, null)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_case_reaches_the_hub_as_bot_framework_would_write_it(HandoffContext context)
    {
        var turn = new TurnContext(new TestAdapter(), MessageFactory.Text("Potwierdzam"));

        var handoff = (Activity)HandoffEvent.Create(turn, context, [], DateTimeOffset.UnixEpoch);

        var expected = JObject.FromObject(context);
        var value = handoff.Value.Should().BeOfType<JObject>().Subject;
        JToken.DeepEquals(value, expected).Should().BeTrue(value.ToString());
        value.ToString(Formatting.None).Should().Be(expected.ToString(Formatting.None));
        handoff.RelatesTo.ActivityId.Should().Be(turn.Activity.Id);
    }
}
