using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Privacy;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Masks personal data in a stored activity once the client has it: every string value except the protocol's own
/// fields (ids, timestamps, addresses), which the client still needs to match and order what it already has.
/// </summary>
public static class DeliveredActivityRedactor
{
    private static readonly HashSet<string> KeptProperties =
    [
        "type", "id", "timestamp", "localTimestamp", "localTimezone", "channelId", "serviceUrl", "conversation", "recipient",
        "replyToId", "locale", "textFormat", "inputHint", "attachmentLayout",
    ];

    private static readonly HashSet<string> KeptPaths = ["from.id", "from.role", "channelData.clientActivityID", "channelData.clientTimestamp"];

    public static string Redact(string activityJson)
    {
        // Dates stay text, so timestamps go back exactly as they were written.
        using var reader = new JsonTextReader(new StringReader(activityJson)) { DateParseHandling = DateParseHandling.None };
        var activity = JObject.Load(reader);
        var changed = false;
        foreach (var value in activity.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList())
        {
            if (IsKept(activity, value))
            {
                continue;
            }
            var text = (string)value.Value!;
            var masked = PersonalDataRedactor.Redact(text);
            if (masked != text)
            {
                value.Value = masked;
                changed = true;
            }
        }
        return changed ? activity.ToString(Formatting.None) : activityJson;
    }

    // Walks up to the activity instead of building JToken.Path, which allocates a string per value.
    private static bool IsKept(JObject activity, JValue value)
    {
        JToken token = value;
        while (token.Parent is { } parent && parent != activity)
        {
            token = parent;
        }
        if (token is not JProperty top)
        {
            return false;
        }
        return KeptProperties.Contains(top.Name)
            || (value.Parent is JProperty inner && inner.Parent == top.Value && KeptPaths.Contains(top.Name + "." + inner.Name));
    }
}
