using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>The input with some string values replaced, built only once the first one is.</summary>
internal ref struct RedactedActivityJson(string json, ReadOnlySpan<byte> utf8)
{
    // Polish letters stay readable; the client parses the same text either way.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly ReadOnlySpan<byte> _utf8 = utf8;
    private StringBuilder? _builder;
    private int _copiedBytes;
    private int _copiedChars;

    /// <summary>Replaces the string token at [start, end) of the UTF-8 input.</summary>
    public void Replace(int start, int end, string value)
    {
        _builder ??= new StringBuilder(json.Length + 64);
        CopyUpTo(start);
        _builder.Append('"').Append(JsonEncodedText.Encode(value, Encoder).Value).Append('"');
        _copiedChars += Encoding.UTF8.GetCharCount(_utf8[start..end]);
        _copiedBytes = end;
    }

    /// <summary>The input itself when nothing was replaced, otherwise the rewritten activity up to its end.</summary>
    public string Result(int end)
    {
        if (_builder is null)
        {
            return json;
        }
        CopyUpTo(end);
        return _builder.ToString();
    }

    // Byte offsets come from the reader; the same stretch of the original string is copied rather than decoded.
    private void CopyUpTo(int end)
    {
        var chars = Encoding.UTF8.GetCharCount(_utf8[_copiedBytes..end]);
        _builder!.Append(json, _copiedChars, chars);
        _copiedChars += chars;
        _copiedBytes = end;
    }
}
