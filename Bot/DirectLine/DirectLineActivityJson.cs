using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>How every Direct Line store names and serializes an activity, so that stores are interchangeable.</summary>
public static class DirectLineActivityJson
{
    // JsonConvert.SerializeObject builds a serializer per call; one is safe to share for serializing.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    /// <summary>"{conversation}|0000042", as Azure's Direct Line numbers them.</summary>
    public static string Id(string conversationId, long watermark) =>
        conversationId + "|" + watermark.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The activity as UTF-8 JSON, the form it is kept and sent in.</summary>
    public static byte[] Serialize(Activity activity) =>
        JsonTextBuilder.WriteUtf8(activity, static text => new JsonTextWriter(text) { Formatting = Serializer.Formatting },
            static (writer, activity) => DirectLineActivityWriter.Write(writer, activity, Serializer));
}
