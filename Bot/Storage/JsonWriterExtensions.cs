using System.Buffers;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Storage;

internal static class JsonWriterExtensions
{
    // What Json.NET's default escaping changes in a double-quoted string; any other character it copies as it is.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', '\u0085', '\u2028', '\u2029']);

    /// <summary>A string property as Json.NET writes it with null values ignored: left out when null.</summary>
    public static void WriteOptionalString(this JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteStringValue(value);
        }
    }

    /// <summary>
    /// The same text as <see cref="JsonWriter.WriteValue(string)"/>; a string with nothing to escape, as nearly all are, is
    /// copied whole instead of checked character by character, which was half the time of writing an activity.
    /// </summary>
    public static void WriteStringValue(this JsonWriter writer, string value)
    {
        if (writer is JsonTextWriter { QuoteChar: '"', StringEscapeHandling: StringEscapeHandling.Default } && !value.AsSpan().ContainsAny(Escaped))
        {
            writer.WriteRawValue("\"");
            writer.WriteRaw(value);
            writer.WriteRaw("\"");
            return;
        }
        writer.WriteValue(value);
    }
}
