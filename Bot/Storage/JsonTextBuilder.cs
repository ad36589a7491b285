using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Writes JSON text through one reused builder per thread, with pooled buffers: state and activities are serialized
/// several times every turn, and a fresh builder grown to a few kilobytes each time was a good part of a turn's garbage.
/// </summary>
internal static class JsonTextBuilder
{
    // A builder grown past this (a rare, very large document) is let go rather than kept for the thread's life.
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? _threadBuilder;

    /// <param name="createWriter">The Json.NET writer over the text; it is given pooled buffers and closed before the text is taken.</param>
    public static string Write<TValue>(TValue value, Func<TextWriter, JsonTextWriter> createWriter, Action<JsonTextWriter, TValue> write)
    {
        var builder = _threadBuilder ?? new StringBuilder(4096);
        _threadBuilder = null;
        try
        {
            using (var writer = createWriter(new StringWriter(builder, CultureInfo.InvariantCulture)))
            {
                writer.ArrayPool = JsonCharPool.Instance;
                write(writer, value);
            }
            return builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= MaxKeptCapacity)
            {
                builder.Clear();
                _threadBuilder = builder;
            }
        }
    }
}
