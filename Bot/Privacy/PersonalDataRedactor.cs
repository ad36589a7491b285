using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>Masks anything shaped like personal data before text leaves the process in a log.</summary>
public static partial class PersonalDataRedactor
{
    public const string Mask = "[redacted]";

    private static readonly SearchValues<char> AsciiDigitsOrAt = SearchValues.Create("0123456789@");
    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> AsciiDigitsOrPlus = SearchValues.Create("0123456789+");

    // Below U+0660 (Arabic-Indic zero) only '0'–'9' are digits to char.IsDigit; Polish text passes it only in punctuation.
    private const char FirstNonAsciiDigit = '\u0660';

    // Every pattern needs a digit or an '@' (a digit as char.IsDigit sees it), so most text skips them all.
    public static bool MayContainPersonalData(ReadOnlySpan<char> text) => text.ContainsAny(AsciiDigitsOrAt) || HasNonAsciiDigit(text);

    private static bool HasNonAsciiDigit(ReadOnlySpan<char> text)
    {
        for (int i; (i = text.IndexOfAnyInRange(FirstNonAsciiDigit, char.MaxValue)) >= 0; text = text[(i + 1)..])
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    public static string Redact(string text) => Redact(text, null);

    /// <param name="kept">Vivus's own numbers and address, left readable where they are found; null masks them too.</param>
    public static string Redact(string text, VivusContactValues? kept)
    {
        if (string.IsNullOrEmpty(text) || !MayContainPersonalData(text))
        {
            return text;
        }
        return RedactPlain(text.Contains('%') ? MaskEncodedRuns(text, kept) : text, kept);
    }

    // A link carries the case percent-encoded ("jan.kowalski%40example.com", "%2B48%20600%20100%20200"), where no
    // pattern sees it: each run of URL characters holding a '%' is decoded and masked, and if that found anything,
    // written back encoded as a whole (the masked copy of a link need not work, only hide what it carried).
    private static string MaskEncodedRuns(string text, VivusContactValues? kept)
    {
        StringBuilder? output = null;
        var copied = 0;
        var end = 0;
        int percent;
        while ((percent = text.IndexOf('%', end)) >= 0)
        {
            var start = end + text.AsSpan(end, percent - end).LastIndexOfAny(RunEnds) + 1;
            end = text.AsSpan(percent).IndexOfAny(RunEnds) is >= 0 and var after ? percent + after : text.Length;
            var decoded = Decoded(text[start..end]);
            var masked = RedactPlain(decoded, kept);
            if (masked != decoded)
            {
                // Its own builder: the scans below take the spare one while this is still being built.
                (output ??= new StringBuilder(text.Length)).Append(text, copied, start - copied).Append(Uri.EscapeDataString(masked));
                copied = end;
            }
        }
        return Finished(output, text, copied);
    }

    // Text pasted into a link is sometimes encoded twice over ("%2540" for '@').
    private static string Decoded(string run)
    {
        for (var pass = 0; pass < 3 && run.Contains('%'); pass++)
        {
            var decoded = Uri.UnescapeDataString(run);
            if (decoded == run)
            {
                break;
            }
            run = decoded;
        }
        return run;
    }

    private static readonly SearchValues<char> RunEnds = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}')]);

    private static string RedactPlain(string text, VivusContactValues? kept)
    {
        // The same test as MayContainPersonalData, its non-ASCII half kept for the scans below.
        var asciiDigits = !HasNonAsciiDigit(text);
        if (asciiDigits && !text.AsSpan().ContainsAny(AsciiDigitsOrAt))
        {
            return text;
        }
        // A pass costs far more than profiling the digits, and each pattern needs a chain or a run of a known length;
        // masking inserts no digit and joins no chain, so what the original text lacks no later pass can find.
        var (longestChain, longestRun, hasAt) = Profile(text, asciiDigits);
        var result = !hasAt ? text
            : kept is null ? EmailPattern().Replace(text, Mask)
            : EmailPattern().Replace(text, match => kept.Contains(match.ValueSpan) ? match.Value : Mask);
        if (longestChain >= 9)
        {
            result = MaskPhoneNumbers(result, asciiDigits, kept);
            result = MaskLongNumbers(result, asciiDigits, kept);
        }
        return longestRun >= 5 ? MaskLoanNumbers(result, asciiDigits, kept) : result;
    }

    // Polish numbers as people write them: maybe +48 or 0048 first (a space may follow the + or 00, a space or dash the
    // 48), then 9 digits grouped 3-3-3 or 2-3-2-2, each group maybe after a space or dash; not inside a longer number.
    private static string MaskPhoneNumbers(string text, bool asciiDigits, VivusContactValues? kept)
    {
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while ((i = NextDigit(text, i, asciiDigits, orPlus: true)) >= 0)
        {
            // All of a phone number's digits, its prefix's too, stand in one chain (see DigitChain): in a chain of fewer
            // than nine none starts, so the chain is passed over whole (a link's percent-encoded bytes are such chains).
            var first = text[i] == '+' ? FirstDigitAfterPlus(text, i) : i;
            if (first < 0)
            {
                i++;
                continue;
            }
            var (chainDigits, chainEnd, _) = DigitChain(text, first);
            if (chainDigits < 9)
            {
                i = chainEnd;
                continue;
            }
            var end = i > 0 && char.IsNumber(text[i - 1]) ? -1 : PhoneNumberEnd(text, i);
            if (end < 0)
            {
                i++;
                continue;
            }
            if (IsKept(kept, text, i, end))
            {
                i = end;
                continue;
            }
            output = Masked(output, text, copied, i);
            copied = i = end;
        }
        return Finished(output, text, copied);
    }

    // "+48" or "+ 48": where the digits begin, or -1 when no digit follows.
    private static int FirstDigitAfterPlus(string text, int plus)
    {
        var at = plus + 1 < text.Length && char.IsWhiteSpace(text[plus + 1]) ? plus + 2 : plus + 1;
        return at < text.Length && char.IsDigit(text[at]) ? at : -1;
    }

    /// <summary>
    /// From the digit at start: how many digits follow one another with at most one separator (a space or a dash)
    /// between two, where that chain ends, and its longest run of adjacent digits. Phone and long numbers lie in one chain.
    /// </summary>
    private static (int Digits, int End, int LongestRun) DigitChain(string text, int start)
    {
        int digits = 0, run = 0, longestRun = 0, at = start;
        while (at < text.Length)
        {
            if (char.IsDigit(text[at]))
            {
                digits++;
                longestRun = Math.Max(longestRun, ++run);
                at++;
            }
            else if (IsPhoneSeparator(text[at]) && at + 1 < text.Length && char.IsDigit(text[at + 1]))
            {
                run = 0;
                at++;
            }
            else
            {
                break;
            }
        }
        return (digits, at, longestRun);
    }

    // With the country prefix if the rest follows it, else without; the 3-3-3 grouping before the 2-3-2-2 one.
    private static int PhoneNumberEnd(string text, int start) =>
        AfterCountryPrefix(text, start) is >= 0 and var afterPrefix && PhoneDigitsEnd(text, afterPrefix) is >= 0 and var end
            ? end
            : PhoneDigitsEnd(text, start);

    private static int AfterCountryPrefix(string text, int at)
    {
        if (At(text, at, '+'))
        {
            at++;
        }
        else if (At(text, at, '0') && At(text, at + 1, '0'))
        {
            at += 2;
        }
        else
        {
            return -1;
        }
        if (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (!At(text, at, '4') || !At(text, at + 1, '8'))
        {
            return -1;
        }
        at += 2;
        return at < text.Length && IsPhoneSeparator(text[at]) ? at + 1 : at;
    }

    private static int PhoneDigitsEnd(string text, int at) =>
        DigitGroupsEnd(text, at, [3, 3, 3]) is >= 0 and var end ? end : DigitGroupsEnd(text, at, [2, 3, 2, 2]);

    private static int DigitGroupsEnd(string text, int at, ReadOnlySpan<int> groups)
    {
        for (var group = 0; group < groups.Length; group++)
        {
            if (group > 0 && at < text.Length && IsPhoneSeparator(text[at]))
            {
                at++;
            }
            for (var digit = 0; digit < groups[group]; digit++, at++)
            {
                if (at >= text.Length || !char.IsDigit(text[at]))
                {
                    return -1;
                }
            }
        }
        return at < text.Length && char.IsNumber(text[at]) ? -1 : at;
    }

    private static bool IsPhoneSeparator(char c) => char.IsWhiteSpace(c) || c == '-';

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    // A few characters one by one, as digits often come close together (a link's percent-encoded bytes), where starting a
    // vectorized search costs more than it saves; then, when only ASCII digits can occur, a vectorized search for the rest.
    private static int NextDigit(string text, int from, bool asciiDigits, bool orPlus = false)
    {
        var stepped = asciiDigits ? Math.Min(text.Length, from + 16) : text.Length;
        for (var i = from; i < stepped; i++)
        {
            if (char.IsDigit(text[i]) || (orPlus && text[i] == '+'))
            {
                return i;
            }
        }
        var found = stepped < text.Length ? text.AsSpan(stepped).IndexOfAny(orPlus ? AsciiDigitsOrPlus : AsciiDigits) : -1;
        return found < 0 ? -1 : stepped + found;
    }

    // PESEL (11 digits), account and card numbers: 9 or more digits, each maybe after one space (dashes keep dates and
    // times readable), not inside a longer number. Scanned by hand, like loan numbers below: as regexes these two tried
    // every position of a long text (a ready-to-send e-mail, a transcript) and were most of its masking.
    private static string MaskLongNumbers(string text, bool asciiDigits, VivusContactValues? kept)
    {
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while ((i = NextDigit(text, i, asciiDigits)) >= 0)
        {
            if (i > 0 && char.IsNumber(text[i - 1]))
            {
                i++;
                continue;
            }
            var (end, chainEnd) = LongNumberAt(text, i);
            if (end < 0)
            {
                // A number starting later in the same chain has fewer digits and the same ends: none can match either.
                i = chainEnd;
                continue;
            }
            if (IsKept(kept, text, i, end))
            {
                i = end;
                continue;
            }
            output = Masked(output, text, copied, i);
            copied = i = end;
        }
        return Finished(output, text, copied);
    }

    // The end of the longest chain from start with 9 or more digits and no number right after it (-1 if none), and where the chain ends.
    private static (int End, int ChainEnd) LongNumberAt(string text, int start)
    {
        var position = start + 1;
        var digits = 1;
        var end = -1;
        while (true)
        {
            if (digits >= 9 && !(position < text.Length && char.IsNumber(text[position])))
            {
                end = position;
            }
            var next = position < text.Length && char.IsWhiteSpace(text[position]) ? position + 1 : position;
            if (next >= text.Length || !char.IsDigit(text[next]))
            {
                return (end, position);
            }
            position = next + 1;
            digits++;
        }
    }

    // Loan numbers as CaseIntake:LoanNumberPattern allows them: 5 or more digits not inside a longer number, maybe after
    // a 2–4 letter prefix and a '-' or '/' ("VIV-12345", "pz/123456"). Dates and times have shorter runs, so they stay readable.
    private static string MaskLoanNumbers(string text, bool asciiDigits, VivusContactValues? kept)
    {
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while ((i = NextDigit(text, i, asciiDigits)) >= 0)
        {
            var digits = i;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
            if (i - digits >= 5 && !(i < text.Length && char.IsNumber(text[i])) && LoanNumberStart(text, digits) is >= 0 and var start
                && !IsKept(kept, text, start, i))
            {
                output = Masked(output, text, copied, start);
                copied = i;
            }
        }
        return Finished(output, text, copied);
    }

    // Where a loan number whose digits begin at digits starts: at its prefix if it has one, else at the digits if
    // nothing letter- or number-like comes right before them; -1 if it is part of a longer word.
    private static int LoanNumberStart(string text, int digits)
    {
        var separator = digits > 0 && text[digits - 1] is '-' or '/' ? digits - 1 : digits;
        var letters = 0;
        while (letters < 5 && separator - letters > 0 && char.IsLetter(text[separator - letters - 1]))
        {
            letters++;
        }
        if (letters is >= 2 and <= 4 && !IsLetterOrNumber(text, separator - letters - 1))
        {
            return separator - letters;
        }
        return IsLetterOrNumber(text, digits - 1) ? -1 : digits;
    }

    private static bool IsKept(VivusContactValues? kept, string text, int start, int end) =>
        kept is not null && kept.Contains(text.AsSpan(start, end - start));

    private static bool IsLetterOrNumber(string text, int index) => index >= 0 && (char.IsLetter(text[index]) || char.IsNumber(text[index]));

    private static StringBuilder Masked(StringBuilder? output, string text, int copied, int start) =>
        (output ??= ScanOutput(text.Length)).Append(text, copied, start - copied).Append(Mask);

    // Each scan builds its output only once it finds something, and the builder goes back for the next: a long text
    // masked three times over used to allocate three builders as long as itself.
    [ThreadStatic]
    private static StringBuilder? t_spareOutput;

    private const int MaxSpareCapacity = 16 * 1024;

    private static StringBuilder ScanOutput(int capacity)
    {
        var output = t_spareOutput ?? new StringBuilder(capacity);
        t_spareOutput = null;
        output.Clear().EnsureCapacity(capacity);
        return output;
    }

    // The text itself when nothing was masked, else what was built with the rest appended.
    private static string Finished(StringBuilder? output, string text, int copied)
    {
        if (output is null)
        {
            return text;
        }
        var result = output.Append(text, copied, text.Length - copied).ToString();
        if (output.Capacity <= MaxSpareCapacity)
        {
            t_spareOutput = output;
        }
        return result;
    }

    // The longest chain of digits says whether a phone or long number can be there, the longest run a loan number.
    private static (int LongestChain, int LongestRun, bool HasAt) Profile(string text, bool asciiDigits)
    {
        int longestChain = 0, longestRun = 0;
        var i = 0;
        while ((i = NextDigit(text, i, asciiDigits)) >= 0)
        {
            var (digits, end, run) = DigitChain(text, i);
            longestChain = Math.Max(longestChain, digits);
            longestRun = Math.Max(longestRun, run);
            i = end;
        }
        return (longestChain, longestRun, text.Contains('@'));
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
