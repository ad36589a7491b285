using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Turns state into JSON and back for every storage of the app. Type names are written only where the declared
/// type does not tell the stored one (the root, values of object-typed slots), so dialog state and typed objects
/// round-trip, and as <see cref="StateTypeBinder"/> names them (core collections without assembly names); documents
/// written with assembly-qualified names, everywhere or not, as earlier versions did, read the same.
/// Items with an e-tag contract get theirs written into the document as "ETag", as MemoryStorage does;
/// other values are stored as they are. The conversation state's usual shapes are written and read by hand
/// (<see cref="StateDocumentWriter"/>, <see cref="StateDocumentReader"/>) as the same JSON, the rest by Json.NET.
/// </summary>
public static class StateSerializer
{
    public const string ETagProperty = "ETag";

    // Nulls are kept: skipping them would bring back a property's initializer (e.g. "" for CaseFile.Email) instead of null.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.Auto,
        // Names as the binder gives them, already short: Json.NET's own shortening rebuilt every name on every write.
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = null,
        SerializationBinder = new StateTypeBinder(),
    });

    public static bool HasETag(object value) => value is IStoreItem || value is JObject json && json.ContainsKey(ETagProperty);

    /// <summary>The e-tag a write of <paramref name="value"/> expects to find; null when it writes unconditionally ("*" or none).</summary>
    public static string? ExpectedETag(object value)
    {
        var eTag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => json.Value<string>(ETagProperty),
            _ => null,
        };
        return eTag is null or "" or "*" ? null : eTag;
    }

    public static string Serialize(object value, string eTag) =>
        JsonTextBuilder.Write(value,
            text => HasETag(value) ? new ETagStampingWriter(text, eTag) : new JsonTextWriter(text),
            static (writer, value) =>
            {
                if (StateDocumentWriter.Writes(value))
                {
                    StateDocumentWriter.Write(writer, value, Serializer);
                }
                else
                {
                    // Declared as object so the root gets its type name and reads back as what was written.
                    Serializer.Serialize(writer, value, typeof(object));
                }
            });

    public static object? Deserialize(string json)
    {
        if (StateDocumentReader.TryRead(json, out var value))
        {
            return value;
        }
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = null, ArrayPool = JsonCharPool.Instance };
        return Serializer.Deserialize(reader);
    }
}
