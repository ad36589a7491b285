using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>An activity's UTF-8 JSON with some string tokens replaced; the new JSON is built once, at its final length.</summary>
internal struct RedactedActivityJson(byte[] json)
{
    // Polish letters stay readable; the client parses the same text either way.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private List<(int Start, int End, JsonEncodedText Value)>? _replacements;

    /// <summary>Replaces the string token at [start, end) of the input with <paramref name="value"/>.</summary>
    public void Replace(int start, int end, string value) =>
        (_replacements ??= []).Add((start, end, JsonEncodedText.Encode(value, Encoder)));

    /// <summary>The input itself when nothing was replaced, otherwise the rewritten activity up to its end.</summary>
    public readonly byte[] Result(int end)
    {
        if (_replacements is null)
        {
            return json;
        }
        var length = end;
        foreach (var (start, stop, value) in _replacements)
        {
            length += value.EncodedUtf8Bytes.Length + 2 - (stop - start);
        }
        var output = new byte[length];
        var copied = 0;
        var written = 0;
        foreach (var (start, stop, value) in _replacements)
        {
            json.AsSpan(copied, start - copied).CopyTo(output.AsSpan(written));
            written += start - copied;
            output[written++] = (byte)'"';
            value.EncodedUtf8Bytes.CopyTo(output.AsSpan(written));
            written += value.EncodedUtf8Bytes.Length;
            output[written++] = (byte)'"';
            copied = stop;
        }
        json.AsSpan(copied, end - copied).CopyTo(output.AsSpan(written));
        return output;
    }
}
