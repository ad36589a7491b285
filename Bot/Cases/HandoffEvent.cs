using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Cases;

/// <summary>The Bot Framework <c>handoff.initiate</c> event for a live-agent hub, with the case and its masked transcript.</summary>
public static class HandoffEvent
{
    /// <summary>
    /// The event <see cref="EventFactory.CreateHandoffInitiation"/> builds of the case and a <see cref="Transcript"/> of the
    /// lines, built directly: the factory reads the case into JSON by reflection, and Bot Framework's attachment converter
    /// reads every property of every transcript activity looking for streams. The transcript is attached as the JSON
    /// Bot Framework writes of it, straight from the lines.
    /// </summary>
    public static IEventActivity Create(ITurnContext turnContext, HandoffContext context, IReadOnlyList<TranscriptLine> transcript, DateTimeOffset now)
    {
        var incoming = turnContext.Activity;
        return new Activity(ActivityTypes.Event)
        {
            Name = HandoffEventNames.InitiateHandoff,
            Value = Value(context),
            Id = Guid.NewGuid().ToString(),
            Timestamp = now,
            Conversation = incoming.Conversation,
            From = incoming.From,
            RelatesTo = incoming.GetConversationReference(),
            ReplyToId = incoming.Id,
            ServiceUrl = incoming.ServiceUrl,
            ChannelId = incoming.ChannelId,
            Attachments = [new Attachment { Content = new JRaw(Json(transcript)), ContentType = "application/json", Name = "Transcript" }],
            Entities = [],
        };
    }

    // The object JObject.FromObject makes of the case: its properties in order, under their own names, nulls kept.
    internal static JObject Value(HandoffContext context) => new()
    {
        [nameof(HandoffContext.Topic)] = Text(context.Topic),
        [nameof(HandoffContext.TopicLabel)] = Text(context.TopicLabel),
        [nameof(HandoffContext.Urgent)] = new JValue(context.Urgent),
        [nameof(HandoffContext.Pesel)] = Text(context.Pesel),
        [nameof(HandoffContext.LoanNumber)] = Text(context.LoanNumber),
        [nameof(HandoffContext.Email)] = Text(context.Email),
        [nameof(HandoffContext.Phone)] = Text(context.Phone),
        [nameof(HandoffContext.Details)] = new JArray(context.Details.Select(detail => new JObject
        {
            [nameof(CaseDetail.Label)] = Text(detail.Label),
            [nameof(CaseDetail.Value)] = Text(detail.Value),
        })),
        [nameof(HandoffContext.Description)] = Text(context.Description),
        [nameof(HandoffContext.RecommendedChannel)] = Text(context.RecommendedChannel),
        [nameof(HandoffContext.Hotline)] = new JObject
        {
            [nameof(HotlineSnapshot.Open)] = new JValue(context.Hotline.Open),
            [nameof(HotlineSnapshot.ClosesAt)] = Date(context.Hotline.ClosesAt),
            [nameof(HotlineSnapshot.NextOpen)] = Date(context.Hotline.NextOpen),
        },
    };

    private static JValue Text(string? text) => text is null ? JValue.CreateNull() : new JValue(text);

    private static JValue Date(DateTimeOffset? date) => date is { } value ? new JValue(value) : JValue.CreateNull();

    // {"activities":[...]}, as the serializer writes a transcript of message activities with a timestamp, a sender and a text.
    private static string Json(IReadOnlyList<TranscriptLine> transcript) =>
        JsonTextBuilder.Write(transcript, static text => new JsonTextWriter(text), static (writer, transcript) =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("activities");
            writer.WriteStartArray();
            foreach (var line in transcript)
            {
                writer.WriteStartObject();
                writer.WriteOptionalString("type", ActivityTypes.Message);
                writer.WritePropertyName("timestamp");
                writer.WriteValue(line.Timestamp);
                writer.WritePropertyName("from");
                writer.WriteStartObject();
                writer.WriteOptionalString("id", line.Role);
                writer.WriteOptionalString("role", line.Role);
                writer.WriteEndObject();
                writer.WriteOptionalString("text", line.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
