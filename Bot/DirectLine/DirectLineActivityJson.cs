using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>How every Direct Line store names and serializes an activity, so that stores are interchangeable.</summary>
public static class DirectLineActivityJson
{
    // JsonConvert.SerializeObject builds a serializer per call; one is safe to share for serializing.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    // Chars: a user's message (about 0.4 K) fits, a reply with suggested actions (0.7-1.3 K) grows at most once.
    private const int InitialCapacity = 1024;

    /// <summary>"{conversation}|0000042", as Azure's Direct Line numbers them.</summary>
    public static string Id(string conversationId, long watermark) =>
        conversationId + "|" + watermark.ToString("D7", CultureInfo.InvariantCulture);

    public static string Serialize(Activity activity)
    {
        var text = new StringWriter(new StringBuilder(InitialCapacity), CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Serializer.Formatting })
        {
            Serializer.Serialize(writer, activity);
        }
        return text.ToString();
    }
}
