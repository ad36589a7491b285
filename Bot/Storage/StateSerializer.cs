using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Turns state into JSON and back the way Bot Framework's storages do (type names kept, so dialog state
/// and typed objects round-trip). Items with an e-tag contract get theirs written into the document as "ETag",
/// as MemoryStorage does; other values are stored as they are.
/// </summary>
public static class StateSerializer
{
    public const string ETagProperty = "ETag";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = null,
        SerializationBinder = new StateTypeBinder(),
    });

    public static bool HasETag(object value) => value is IStoreItem || value is JObject json && json.ContainsKey(ETagProperty);

    public static string Serialize(object value, string eTag)
    {
        var document = JToken.FromObject(value, Serializer);
        if (HasETag(value) && document is JObject item)
        {
            item[ETagProperty] = eTag;
        }
        return document.ToString(Formatting.None);
    }

    public static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = null };
        return Serializer.Deserialize(reader);
    }
}
