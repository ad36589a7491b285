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
    /// As <see cref="EventFactory.CreateHandoffInitiation"/> builds it, but with the transcript attached as JSON: Bot
    /// Framework's attachment converter reads every property of every object it is given through reflection, looking for
    /// streams, which for a transcript of dozens of activities was the most expensive part of the handoff turn.
    /// </summary>
    public static IEventActivity Create(ITurnContext turnContext, HandoffContext context, Transcript transcript)
    {
        var handoff = EventFactory.CreateHandoffInitiation(turnContext, context, transcript);
        foreach (var attachment in ((Activity)handoff).Attachments.Where(a => a.Content is Transcript))
        {
            attachment.Content = new JRaw(Json((Transcript)attachment.Content));
        }
        return handoff;
    }

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
