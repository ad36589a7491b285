using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>How every Direct Line store names and serializes an activity, so that stores are interchangeable.</summary>
public static class DirectLineActivityJson
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>"{conversation}|0000042", as Azure's Direct Line numbers them.</summary>
    public static string Id(string conversationId, long watermark) =>
        conversationId + "|" + watermark.ToString("D7", CultureInfo.InvariantCulture);

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);
}
