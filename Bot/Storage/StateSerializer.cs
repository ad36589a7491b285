using System.Globalization;
using System.Text;
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
/// other values are stored as they are.
/// </summary>
public static class StateSerializer
{
    public const string ETagProperty = "ETag";

    // One builder per thread, reused: a turn's state is several kilobytes of text. One grown past this is let go.
    private const int MaxKeptBuilderCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? _threadBuilder;

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

    public static string Serialize(object value, string eTag)
    {
        var builder = _threadBuilder ?? new StringBuilder(4096);
        _threadBuilder = null;
        try
        {
            var text = new StringWriter(builder, CultureInfo.InvariantCulture);
            using (var writer = HasETag(value) ? new ETagStampingWriter(text, eTag) : new JsonTextWriter(text))
            {
                writer.ArrayPool = JsonCharPool.Instance;
                // Declared as object so the root gets its type name and reads back as what was written.
                Serializer.Serialize(writer, value, typeof(object));
            }
            return builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= MaxKeptBuilderCapacity)
            {
                builder.Clear();
                _threadBuilder = builder;
            }
        }
    }

    public static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = null, ArrayPool = JsonCharPool.Instance };
        return Serializer.Deserialize(reader);
    }
}
