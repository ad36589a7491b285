using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Cases;

/// <summary>The Bot Framework <c>handoff.initiate</c> event for a live-agent hub, with the case and its masked transcript.</summary>
public static class HandoffEvent
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    /// <summary>
    /// The event <see cref="EventFactory.CreateHandoffInitiation"/> builds, built directly: the factory reads the case
    /// into JSON by reflection, and Bot Framework's attachment converter reads every property of every transcript
    /// activity looking for streams; together they were a third of the handoff turn. The transcript is attached as JSON.
    /// </summary>
    public static IEventActivity Create(ITurnContext turnContext, HandoffContext context, Transcript transcript, DateTimeOffset now)
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

    // {"activities":[...]}, as the serializer writes a transcript, each activity as Direct Line stores it.
    private static string Json(Transcript transcript) =>
        JsonTextBuilder.Write(transcript, static text => new JsonTextWriter(text), static (writer, transcript) =>
        {
            writer.WriteStartObject();
            if (transcript.Activities is { } activities)
            {
                writer.WritePropertyName("activities");
                writer.WriteStartArray();
                foreach (var activity in activities)
                {
                    DirectLineActivityWriter.Write(writer, (Activity)activity, Serializer);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        });
}
