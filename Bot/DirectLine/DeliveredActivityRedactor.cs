using System.Buffers;
using System.Text.Json;
using Vivus.Advisor.Bot.Privacy;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Masks personal data in a stored activity once the client has it: every string value except the protocol's own
/// fields (ids, timestamps, addresses), which the client still needs to match and order what it already has, the
/// advisor's <see cref="PublishedTexts"/> and date-times (a transcript's timestamps), which hold no one's data.
/// </summary>
public static class DeliveredActivityRedactor
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptProperties = new HashSet<string>(
        [
            "type", "id", "timestamp", "localTimestamp", "localTimezone", "channelId", "serviceUrl", "conversation", "recipient",
            "replyToId", "locale", "textFormat", "inputHint", "attachmentLayout",
        ],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Kept only as the direct value of the inner property, e.g. "from": {"id": "..."}, not deeper or inside an array.
    private static readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> KeptPaths =
        new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["from"] = new(["id", "role"], StringComparer.Ordinal),
            ["channelData"] = new(["clientActivityID", "clientTimestamp"], StringComparer.Ordinal),
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Kept names are short ASCII: even with every character \u-escaped they fit, so a longer name is not kept.
    private const int MaxKeptNameBytes = 128;

    // Personal data needs a digit or an '@'. Only a value with an ASCII digit, an '@', an escape or the UTF-8 lead byte
    // of a block holding a decimal digit (from U+0660 on) is decoded: Polish letters and typographic punctuation („” —)
    // lie in blocks without one. Characters beyond the BMP are surrogate pairs, which no scan takes for digits.
    private static readonly SearchValues<byte> WorthDecoding = SearchValues.Create(
        [.. "0123456789@\\"u8, .. Enumerable.Range(0x80, 0x10000 - 0x80).Where(c => char.IsDigit((char)c)).Select(LeadByte).Distinct()]);

    private static byte LeadByte(int c) => (byte)(c < 0x800 ? 0xC0 | (c >> 6) : 0xE0 | (c >> 12));

    private const int StackDecodeChars = 256;

    /// <summary>The activity's UTF-8 JSON with personal data masked: the same array when there is none.</summary>
    public static byte[] Redact(byte[] activityJson, PublishedTexts published)
    {
        // One pass over the tokens; only a masked value is rewritten, everything else is copied from the input as written,
        // so timestamps, numbers and escapes stay exactly as they were.
        var reader = new Utf8JsonReader(activityJson);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An activity is a JSON object.");
        }
        Span<char> name = stackalloc char[MaxKeptNameBytes];
        var output = new RedactedActivityJson(activityJson);
        var topKept = false;
        HashSet<string>? keptInner = null;
        var innerKept = false;
        var afterName = false;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0))
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var top = name[..PropertyName(ref reader, name)];
                topKept = KeptProperties.Contains(top);
                KeptPaths.TryGetValue(top, out keptInner);
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
            {
                var inner = name[..PropertyName(ref reader, name)];
                innerKept = keptInner is not null && keptInner.GetAlternateLookup<ReadOnlySpan<char>>().Contains(inner);
            }
            // At depth 2 only a value right after its name belongs to a kept path; an array item there does not.
            else if (reader.TokenType == JsonTokenType.String
                && !topKept
                && !(reader.CurrentDepth == 2 && afterName && innerKept)
                && Masked(ref reader, published) is { } masked)
            {
                output.Replace((int)reader.TokenStartIndex, (int)reader.BytesConsumed, masked);
            }
            afterName = reader.TokenType == JsonTokenType.PropertyName;
        }
        return output.Result((int)reader.BytesConsumed);
    }

    /// <summary>
    /// A date-time as Json.NET writes DateTimeOffset and DateTime values: yyyy-MM-ddTHH:mm:ss, up to seven fraction digits,
    /// then Z, an offset or nothing, and a real date and time. Its fraction looks like a loan number to the patterns, but no
    /// one's data has this shape. Checked by hand: parsing it took a sixth of masking a handoff transcript's timestamps.
    /// The years 1 and 9999 are left out, where an offset could take the instant out of range.
    /// </summary>
    internal static bool IsDateTime(ReadOnlySpan<char> text)
    {
        if (text.Length is < 19 or > 33 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TwoDigits(text, 0, out var century) || !TwoDigits(text, 2, out var yearOfCentury) || !TwoDigits(text, 5, out var month)
            || !TwoDigits(text, 8, out var day) || !TwoDigits(text, 11, out var hour) || !TwoDigits(text, 14, out var minute)
            || !TwoDigits(text, 17, out var second))
        {
            return false;
        }
        var year = century * 100 + yearOfCentury;
        var zone = text[19..];
        if (zone.StartsWith('.'))
        {
            var fraction = zone[1..].IndexOfAnyExceptInRange('0', '9') is >= 0 and var digits ? digits : zone.Length - 1;
            if (fraction is < 1 or > 7)
            {
                return false;
            }
            zone = zone[(1 + fraction)..];
        }
        var zoneValid = zone.Length == 0 || zone is "Z"
            || (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':' && TwoDigits(zone, 1, out var offsetHours)
                && TwoDigits(zone, 4, out var offsetMinutes) && offsetMinutes <= 59 && (offsetHours < 14 || offsetHours == 14 && offsetMinutes == 0));
        return zoneValid && year is > 1 and < 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour <= 23 && minute <= 59 && second <= 59;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        var (tens, ones) = (text[at] - '0', text[at + 1] - '0');
        value = tens * 10 + ones;
        return (uint)tens <= 9 && (uint)ones <= 9;
    }

    /// <summary>Unescapes the property name into the buffer; 0 when it is too long to be a kept name.</summary>
    private static int PropertyName(ref Utf8JsonReader reader, scoped Span<char> buffer) =>
        reader.ValueSpan.Length <= buffer.Length ? reader.CopyString(buffer) : 0;

    /// <summary>The string value with personal data masked, or null when there is none.</summary>
    private static string? Masked(ref Utf8JsonReader reader, PublishedTexts published)
    {
        if (!reader.ValueSpan.ContainsAny(WorthDecoding) || published.ContainsWritten(reader.ValueSpan))
        {
            return null;
        }
        // Unescaped text is never longer, in chars, than its UTF-8 bytes as written.
        char[]? rented = null;
        Span<char> buffer = reader.ValueSpan.Length <= StackDecodeChars
            ? stackalloc char[StackDecodeChars]
            : rented = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var text = buffer[..reader.CopyString(buffer)];
            if (!PersonalDataRedactor.MayContainPersonalData(text) || published.Contains(text) || IsDateTime(text))
            {
                return null;
            }
            var value = text.ToString();
            var masked = PersonalDataRedactor.Redact(value, published.ContactValues);
            return masked != value ? masked : null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
