using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

public sealed class DirectLineActivityJsonTests
{
    [Fact]
    public void Serializes_as_the_bot_framework_does_without_nulls()
    {
        var activity = Reply("Zadzwoń: [22 206 21 21](tel:+48222062121)");

        Json(activity)
            .Should().Be(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }))
            .And.NotContain("null");
    }

    [Fact]
    public async Task Serializes_from_many_threads_at_once()
    {
        var activities = Enumerable.Range(0, 200).Select(i => Reply($"Odpowiedź {i} " + new string('ż', i * 20))).ToList();
        var expected = activities.Select(a => JsonConvert.SerializeObject(a, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore })).ToList();

        var serialized = await Task.WhenAll(activities.Select(a => Task.Run(() => Json(a))));

        serialized.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(AppServices.HotlineOpenAndClosed), MemberType = typeof(AppServices))]
    public async Task Every_activity_of_a_conversation_is_written_as_json_net_writes_it(DateTimeOffset localNow)
    {
        var recorded = new List<(Activity Activity, string Json)>();
        var services = AppServices.Create(localNow,
            s => s.AddSingleton<IDirectLineStore>(sp => new RecordingStore(ActivatorUtilities.CreateInstance<InMemoryDirectLineStore>(sp), recorded)));
        var conversations = services.GetRequiredService<DirectLineConversations>();
        var conversation = new DirectLineConversation("conv", "dl_1", "pl-PL");
        await conversations.StartAsync(conversation, "http://127.0.0.1/v3/directline/", CancellationToken.None);

        string[] messages =
        [
            "numer telefonu", "godziny infolinii", "jak napisac maila", "what are your opening hours", "xyzzy",
            "Chcę porozmawiać z konsultantem", "Spłata lub płatność", "tak", "90010112349", "VIV-123456", "jan.kowalski@example.com",
            "600-100-200", "wczoraj", "250,50 zł", "Nie zdążę zapłacić raty w terminie.", "Potwierdzam", "tak",
        ];
        foreach (var message in messages)
        {
            await conversations.PostAsync(conversation, AsWebChatPostsIt(message), "http://127.0.0.1/v3/directline/", CancellationToken.None);
        }

        recorded.Should().HaveCountGreaterThan(2 * messages.Length).And.Contain(r => r.Activity.Attachments.Count > 0).And.Contain(r => r.Activity.Value != null);
        foreach (var (activity, json) in recorded)
        {
            json.Should().Be(AsJsonNetWritesIt(activity));
        }
    }

    [Fact]
    public void Every_property_written_by_hand_is_written_as_json_net_writes_it()
    {
        var activity = Reply("Tekst");
        activity.Attachments = [];
        activity.LocalTimestamp = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(1));
        activity.LocalTimezone = "Europe/Warsaw";
        activity.ServiceUrl = "https://example.com/";
        activity.From = new ChannelAccount("u", "Jan", RoleTypes.User, "aad") { Properties = { ["extra"] = 1, ["none"] = JValue.CreateNull() } };
        activity.Conversation = new ConversationAccount(true, "personal", "conv", "n", "aad", RoleTypes.User, "tenant") { Properties = { ["x"] = new JArray(1, "a") } };
        activity.Speak = "mów";
        activity.Summary = "s";
        activity.SuggestedActions = new SuggestedActions(["u"], [new CardAction(ActionTypes.PostBack, "t", "img", "txt", "dt", new JObject { ["a"] = 1 }, new JObject { ["b"] = 2 }) { ImageAltText = "alt" }, null!]);
        activity.Entities = [new Entity("ClientCapabilities") { Properties = { ["supportsTts"] = true } }, null!, new Entity()];
        activity.ChannelData = new JObject { ["clientActivityID"] = "c1", ["nested"] = new JObject { ["d"] = new DateTime(2026, 1, 1) } };
        activity.Action = "add";
        activity.Label = "l";
        activity.ValueType = "v";
        activity.Value = "wartość";
        activity.Name = "n";
        activity.Code = EndOfConversationCodes.CompletedSuccessfully;
        activity.Importance = ActivityImportance.High;
        activity.DeliveryMode = DeliveryModes.Normal;
        activity.CallerId = "caller";
        activity.Properties["custom"] = "c";

        Json(activity).Should().Be(AsJsonNetWritesIt(activity));
    }

    [Fact]
    public void Every_attachment_part_written_by_hand_is_written_as_json_net_writes_it()
    {
        var activity = Reply("Karty");
        var action = new CardAction(ActionTypes.OpenUrl, "Otwórz", "img", "t", "d", "https://example.com/?q=\"ż\"", new JObject { ["c"] = 1 }) { ImageAltText = "alt" };
        activity.Attachments =
        [
            new Attachment("application/vnd.microsoft.card.hero", "https://example.com/c", new HeroCard("Tytuł", "Pod", "Tekst",
                [new CardImage("https://example.com/i.png", "obraz", action), new CardImage(), null!], [action, new CardAction(), null!], action),
                "karta", "https://example.com/t.png") { Properties = { ["extra"] = new JArray(1, "a") } },
            new HeroCard().ToAttachment(),
            new Attachment("text/plain", content: "zwykły tekst"),
            new Attachment("application/json", content: new JRaw("""{"activities":[]}""")),
            new Attachment("image/png", "https://example.com/i.png"),
            new ThumbnailCard("Miniatura").ToAttachment(),
            new Attachment("application/json", content: new { Amount = 1 }),
            null!,
        ];

        Json(activity).Should().Be(AsJsonNetWritesIt(activity));
    }

    [Fact]
    public void Parts_written_by_the_serializer_in_place_are_as_json_net_writes_them()
    {
        var withCard = Reply("Karta");
        var update = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("u")] };
        var mention = Reply("@bot");
        mention.Attachments = null;
        mention.Entities = [new Mention(new ChannelAccount("bot"), "@bot")];
        var typedValue = Reply("wartość");
        typedValue.Attachments = null;
        typedValue.Value = new { Amount = 1 };

        var related = new Activity(ActivityTypes.Event)
        {
            Name = "handoff.initiate",
            RelatesTo = new ConversationReference { ActivityId = "1", Conversation = new ConversationAccount(id: "c") },
            Expiration = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero),
            HistoryDisclosed = false,
            TopicName = "t",
            ListenFor = ["tak"],
            TextHighlights = [new TextHighlight("a", 1)],
            SemanticAction = new SemanticAction("id", new Dictionary<string, Entity> { ["e"] = new Entity("x") }),
            ReactionsAdded = [new MessageReaction("like")],
            SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.MessageBack, "t", value: new { Amount = 1 })] },
        };

        foreach (var activity in new[] { withCard, update, mention, typedValue, related })
        {
            Json(activity).Should().Be(AsJsonNetWritesIt(activity));
        }
    }

    private static string AsJsonNetWritesIt(Activity activity) =>
        JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    // What Web Chat posts: its client id and time in channel data, its capabilities as an entity.
    private static Activity AsWebChatPostsIt(string text) => JsonConvert.DeserializeObject<Activity>($$"""
        {"type":"message","text":{{JsonConvert.ToString(text)}},"textFormat":"plain","locale":"pl-PL","from":{"id":"dl_1","name":"","role":"user"},
         "channelData":{"clientActivityID":"17643","clientTimestamp":"2026-11-25T13:00:00.000Z"},"attachments":[],
         "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}]}
        """)!;

    private sealed class RecordingStore(IDirectLineStore inner, List<(Activity, string)> recorded) : IDirectLineStore
    {
        public Task<DirectLineCreateResult> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) => inner.CreateAsync(conversation, cancellationToken);

        public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) => inner.FindAsync(conversationId, cancellationToken);

        public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
        {
            var id = await inner.AppendAsync(conversationId, activity, cancellationToken);
            recorded.Add((activity, Json(activity)));
            return id;
        }

        public Task<DirectLineActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) => inner.ReadAsync(conversationId, watermark, cancellationToken);
    }

    // Kept and sent as UTF-8; compared here as the text Json.NET writes.
    private static string Json(Activity activity) => Encoding.UTF8.GetString(DirectLineActivityJson.Serialize(activity));

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
