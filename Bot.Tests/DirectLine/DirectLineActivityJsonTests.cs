using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

public sealed class DirectLineActivityJsonTests
{
    [Fact]
    public void Serializes_as_the_bot_framework_does_without_nulls()
    {
        var activity = Reply("Zadzwoń: [22 206 21 21](tel:+48222062121)");

        DirectLineActivityJson.Serialize(activity)
            .Should().Be(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }))
            .And.NotContain("null");
    }

    [Fact]
    public async Task Serializes_from_many_threads_at_once()
    {
        var activities = Enumerable.Range(0, 200).Select(i => Reply($"Odpowiedź {i} " + new string('ż', i * 20))).ToList();
        var expected = activities.Select(a => JsonConvert.SerializeObject(a, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore })).ToList();

        var serialized = await Task.WhenAll(activities.Select(a => Task.Run(() => DirectLineActivityJson.Serialize(a))));

        serialized.Should().Equal(expected);
    }

    private static Activity Reply(string text) => new(ActivityTypes.Message)
    {
        Id = DirectLineActivityJson.Id("conv", 42),
        Timestamp = new DateTimeOffset(2026, 11, 25, 14, 0, 0, 123, TimeSpan.Zero).AddTicks(4567),
        ChannelId = "directline",
        From = DirectLineAdapter.Bot,
        Recipient = new ChannelAccount("dl_1", role: RoleTypes.User),
        Conversation = new ConversationAccount(id: "conv"),
        Text = text,
        TextFormat = TextFormatTypes.Markdown,
        Locale = "pl-PL",
        InputHint = InputHints.AcceptingInput,
        SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Godziny \"infolinii\"", value: "Godziny?")] },
        Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: new JObject { ["type"] = "AdaptiveCard", ["n"] = 1.5 })],
        Entities = [],
        ReplyToId = "conv|0000041",
    };
}
