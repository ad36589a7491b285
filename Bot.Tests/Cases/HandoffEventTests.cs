using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Tests.Cases;

public sealed class HandoffEventTests
{
    [Fact]
    public void The_transcript_is_attached_as_the_json_bot_framework_would_write_of_it()
    {
        var turn = new TurnContext(new TestAdapter(), MessageFactory.Text("Potwierdzam"));
        var at = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1));
        var transcript = new Transcript(
        [
            new Activity(ActivityTypes.Message) { Timestamp = at, From = new ChannelAccount("user", role: RoleTypes.User), Text = "Chcę porozmawiać z konsultantem" },
            new Activity(ActivityTypes.Message) { Timestamp = at.AddSeconds(1), From = new ChannelAccount("bot", role: RoleTypes.Bot), Text = "Podaj \"PESEL\":\n[redacted]" },
        ]);
        var context = new HandoffContext("Repayment", "Spłata", true, "*******2349", "VIV-123456", "jan@example.com", "+48 600 100 200", [],
            "Opis", "phone", new HotlineSnapshot(true, at.AddHours(6), null));

        var handoff = (Activity)HandoffEvent.Create(turn, context, transcript);

        handoff.Name.Should().Be(HandoffEventNames.InitiateHandoff);
        var attached = handoff.Attachments.Should().ContainSingle().Which.Content.Should().BeOfType<JRaw>().Subject;
        attached.ToString(Formatting.None).Should().Be(JsonConvert.SerializeObject(transcript, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
    }
}
