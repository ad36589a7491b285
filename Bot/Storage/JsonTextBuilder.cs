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
    public static string Write<TValue>(TValue value, Func<TextWriter, JsonTextWriter> createWriter, Action<JsonTextWriter, TValue> write) =>
        Build(value, createWriter, write, static builder => builder.ToString());

    /// <summary>As <see cref="Write"/>, encoded as UTF-8 straight from the builder.</summary>
    public static byte[] WriteUtf8<TValue>(TValue value, Func<TextWriter, JsonTextWriter> createWriter, Action<JsonTextWriter, TValue> write) =>
        Build(value, createWriter, write, Utf8);

    private static TResult Build<TValue, TResult>(
        TValue value, Func<TextWriter, JsonTextWriter> createWriter, Action<JsonTextWriter, TValue> write, Func<StringBuilder, TResult> take)
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
            return take(builder);
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

    // A kept builder is one buffer (clearing it joins its chunks), so the text is encoded in place; a text in several chunks
    // is encoded whole, so that no surrogate pair is split between two.
    private static byte[] Utf8(StringBuilder builder)
    {
        var chunks = builder.GetChunks().GetEnumerator();
        if (chunks.MoveNext() && chunks.Current.Length == builder.Length)
        {
            var text = chunks.Current.Span;
            var utf8 = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, utf8);
            return utf8;
        }
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
