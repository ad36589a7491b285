using System.Text;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>Strings with nothing to escape are copied whole: the text written must be Json.NET's, character for character.</summary>
public sealed class JsonWriterExtensionsTests
{
    [Fact]
    public void Writes_every_string_as_json_net_does()
    {
        var random = new Random(26112026);
        // Polish text, the characters Json.NET escapes, the ones it leaves alone although other writers escape them, surrogates.
        const string pool = "aząćęłńóśźżĄŁ0 9,.:;!?-_@+<>&'\"\\/\t\r\n\u0000\u001f\u007f\u0085\u00a0\u2028\u2029\u201e\u201d\u2014€\ud83d\ude00";
        for (var i = 0; i < 20_000; i++)
        {
            var value = new StringBuilder();
            for (var n = random.Next(0, 40); n > 0; n--)
                value.Append(pool[random.Next(pool.Length)]);
            var text = value.ToString();

            Written(w => w.WriteStringValue(text)).Should().Be(Written(w => w.WriteValue(text)), text);
        }
    }

    [Fact]
    public void Keeps_separators_between_properties_and_array_items()
    {
        static void Write(JsonWriter writer, Action<JsonWriter, string> value)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("a");
            value(writer, "x");
            writer.WritePropertyName("b");
            writer.WriteStartArray();
            value(writer, "y");
            value(writer, "z\n");
            value(writer, "");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        Written(w => Write(w, (writer, s) => writer.WriteStringValue(s))).Should().Be(Written(w => Write(w, (writer, s) => writer.WriteValue(s))))
            .And.Be("{\"a\":\"x\",\"b\":[\"y\",\"z\\n\",\"\"]}");
    }

    private static string Written(Action<JsonWriter> write)
    {
        using var text = new StringWriter();
        using (var writer = new JsonTextWriter(text))
        {
            writer.WriteStartArray();
            write(writer);
            writer.WriteEndArray();
        }
        return text.ToString()[1..^1];
    }
}
