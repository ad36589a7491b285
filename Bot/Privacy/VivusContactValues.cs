using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>
/// Vivus's own hotline numbers and e-mail address as the masking patterns find them in the advisor's replies
/// ("22 206 21 21", "+48222062121" in a tel: link, "kontakt@vivus.pl"): public, no one's personal data, so the masked copy
/// of a delivered reply keeps them and a reloaded conversation still shows whom to call.
/// </summary>
public sealed class VivusContactValues(IOptionsMonitor<ContactOptions> options)
{
    private const int NationalLength = 9;

    public bool Contains(ReadOnlySpan<char> found)
    {
        var contact = options.CurrentValue;
        if (found.Contains('@'))
        {
            return found.Equals(contact.Email.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
        }
        Span<char> number = stackalloc char[NationalLength];
        Span<char> hotline = stackalloc char[NationalLength];
        if (!TryNationalDigits(found, number))
        {
            return false;
        }
        foreach (var candidate in contact.Hotlines)
        {
            if (TryNationalDigits(candidate, hotline) && hotline.SequenceEqual(number))
            {
                return true;
            }
        }
        return false;
    }

    // The nine digits of a Polish number written with spaces or dashes, maybe after +48, 48 or 0048; false for anything else.
    private static bool TryNationalDigits(ReadOnlySpan<char> text, Span<char> national)
    {
        Span<char> digits = stackalloc char[NationalLength + 4];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }
                digits[count++] = c;
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '+'))
            {
                return false;
            }
        }
        var prefix = count - NationalLength;
        if (!(prefix == 0 || (prefix == 2 && digits.StartsWith("48")) || (prefix == 4 && digits.StartsWith("0048"))))
        {
            return false;
        }
        digits.Slice(prefix, NationalLength).CopyTo(national);
        return true;
    }
}
