using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
            using var text = new StringWriter();
            Serializer.Serialize(text, attachment.Content);
            attachment.Content = new JRaw(text.ToString());
        }
        return handoff;
    }
}
