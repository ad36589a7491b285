using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>Checks a loan number against the configured pattern and recognises "I have no loan yet".</summary>
public sealed class LoanNumberValidator
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly Regex NoLoan = new(
        @"\bnie mam (jeszcze |zadnej |zadnych )*pozycz|\bbrak pozycz|\bjeszcze nie mam pozycz|\b(have|got) no loans?\b|\b(do not|don'?t) have (a |any )?loans?\b|^no loans?( yet)?$",
        RegexOptions.CultureInvariant, MatchTimeout);

    private static readonly Regex NumberWord = new(@"^(?:NR|NUMER|NO|NUMBER)\.?:?", RegexOptions.CultureInvariant, MatchTimeout);

    private readonly Regex _pattern;

    public LoanNumberValidator(IOptions<CaseIntakeOptions> options)
        : this(options.Value.LoanNumberPattern)
    {
    }

    public LoanNumberValidator(string pattern)
    {
        _pattern = Anchored(pattern);
    }

    /// <summary>Whether <paramref name="pattern"/> compiles, for start-up validation of the settings.</summary>
    public static bool IsValidPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return false;
        }
        try
        {
            Anchored(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public ValidationOutcome<LoanNumberAnswer> Validate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ValidationOutcome<LoanNumberAnswer>.Invalid("nie wpisano numeru pożyczki");
        }
        if (NoLoan.IsMatch(TextFolding.Fold(input)))
        {
            return ValidationOutcome<LoanNumberAnswer>.Valid(LoanNumberAnswer.NoLoan);
        }

        var compact = NumberWord.Replace(string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant(), "");
        return _pattern.IsMatch(compact)
            ? ValidationOutcome<LoanNumberAnswer>.Valid(new LoanNumberAnswer(compact))
            : ValidationOutcome<LoanNumberAnswer>.Invalid("ten numer nie wygląda jak numer pożyczki Vivus (znajdziesz go w umowie lub w e-mailu potwierdzającym wypłatę)");
    }

    private static Regex Anchored(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant, MatchTimeout);
}
