using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Storage;

internal static class JsonWriterExtensions
{
    /// <summary>A string property as Json.NET writes it with null values ignored: left out when null.</summary>
    public static void WriteOptionalString(this JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
