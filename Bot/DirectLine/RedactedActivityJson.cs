using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>An activity's JSON with some string tokens replaced; the new text is built once, at its final length.</summary>
internal ref struct RedactedActivityJson(string json, ReadOnlySpan<byte> utf8)
{
    // Polish letters stay readable; the client parses the same text either way.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly ReadOnlySpan<byte> _utf8 = utf8;
    private List<(int Start, int End, string Value)>? _replacements;
    private int _countedBytes;
    private int _countedChars;

    /// <summary>Replaces the string token at [start, end) of the UTF-8 input with <paramref name="value"/>.</summary>
    public void Replace(int start, int end, string value)
    {
        var from = CharOffset(start);
        (_replacements ??= []).Add((from, CharOffset(end), JsonEncodedText.Encode(value, Encoder).Value));
    }

    /// <summary>The input itself when nothing was replaced, otherwise the rewritten activity up to its end.</summary>
    public string Result(int end)
    {
        if (_replacements is null)
        {
            return json;
        }
        var last = CharOffset(end);
        var length = last;
        foreach (var (start, stop, value) in _replacements)
        {
            length += value.Length + 2 - (stop - start);
        }
        return string.Create(length, (json, _replacements, last), static (output, state) =>
        {
            var (input, replacements, last) = state;
            var copied = 0;
            var written = 0;
            foreach (var (start, stop, value) in replacements)
            {
                input.AsSpan(copied, start - copied).CopyTo(output[written..]);
                written += start - copied;
                output[written++] = '"';
                value.CopyTo(output[written..]);
                written += value.Length;
                output[written++] = '"';
                copied = stop;
            }
            input.AsSpan(copied, last - copied).CopyTo(output[written..]);
        });
    }

    // The reader's byte offsets only move forward, so each stretch of the input is counted once; the unchanged text is
    // then copied from the original string rather than decoded.
    private int CharOffset(int byteOffset)
    {
        _countedChars += Encoding.UTF8.GetCharCount(_utf8[_countedBytes..byteOffset]);
        _countedBytes = byteOffset;
        return _countedChars;
    }
}
