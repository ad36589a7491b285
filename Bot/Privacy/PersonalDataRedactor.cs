using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>Masks anything shaped like personal data before text leaves the process in a log.</summary>
public static partial class PersonalDataRedactor
{
    public const string Mask = "[redacted]";

    private static readonly SearchValues<char> MayHoldPersonalData = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '@' || char.IsDigit(c))]);

    // Every pattern needs a digit or an '@' (\d is char.IsDigit), so most text skips all four regexes.
    public static bool MayContainPersonalData(ReadOnlySpan<char> text) => text.ContainsAny(MayHoldPersonalData);

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text) || !MayContainPersonalData(text))
        {
            return text;
        }
        return RedactPlain(text.Contains('%') ? MaskEncodedRuns(text) : text);
    }

    // A link carries the case percent-encoded ("jan.kowalski%40example.com", "%2B48%20600%20100%20200"), where no
    // pattern sees it: each run of URL characters holding a '%' is decoded and masked, and if that found anything,
    // written back encoded as a whole (the masked copy of a link need not work, only hide what it carried).
    private static string MaskEncodedRuns(string text)
    {
        StringBuilder? output = null;
        var copied = 0;
        var end = 0;
        int percent;
        while ((percent = text.IndexOf('%', end)) >= 0)
        {
            var start = percent;
            while (start > end && !EndsRun(text[start - 1]))
            {
                start--;
            }
            end = percent;
            while (end < text.Length && !EndsRun(text[end]))
            {
                end++;
            }
            var decoded = Decoded(text[start..end]);
            var masked = RedactPlain(decoded);
            if (masked != decoded)
            {
                (output ??= new StringBuilder(text.Length)).Append(text, copied, start - copied).Append(Uri.EscapeDataString(masked));
                copied = end;
            }
        }
        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
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

    private static bool EndsRun(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}';

    private static string RedactPlain(string text)
    {
        if (!MayContainPersonalData(text))
        {
            return text;
        }
        // A regex pass costs far more than counting digits, and each pattern needs a known minimum of them; masking
        // only ever removes digits, so what the original text lacks no later pass can find.
        var (digits, longestRun, hasAt) = Profile(text);
        var result = hasAt ? EmailPattern().Replace(text, Mask) : text;
        if (digits >= 9)
        {
            result = PhonePattern().Replace(result, Mask);
            result = LongNumberPattern().Replace(result, Mask);
        }
        return longestRun >= 5 ? LoanNumberPattern().Replace(result, Mask) : result;
    }

    private static (int Digits, int LongestRun, bool HasAt) Profile(ReadOnlySpan<char> text)
    {
        int digits = 0, run = 0, longestRun = 0;
        var hasAt = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits++;
                longestRun = Math.Max(longestRun, ++run);
            }
            else
            {
                run = 0;
                hasAt |= c == '@';
            }
        }
        return (digits, longestRun, hasAt);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Polish numbers as people write them: +48/0048 prefix, 9 digits grouped 3-3-3 or 2-3-2-2.
    [GeneratedRegex(@"(?<![\p{N}])(?:(?:\+|00)\s?48[\s\-]?)?(?:\d{3}[\s\-]?\d{3}[\s\-]?\d{3}|\d{2}[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2})(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    // PESEL (11 digits), account and card numbers: any run of 9 or more digits, spaced or not
    // (not dashed, so dates and times stay readable).
    [GeneratedRegex(@"(?<![\p{N}])\d(?:\s?\d){8,}(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumberPattern();

    // Loan numbers as CaseIntake:LoanNumberPattern allows them: 5 or more digits, maybe after a 2–4 letter prefix
    // ("VIV-12345", "pz/123456"). Dates and times have shorter runs, so they stay readable.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{L}{2,4}[-/]?)?\d{5,}(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex LoanNumberPattern();
}
