using System.Globalization;
using System.Text.RegularExpressions;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>Reads an amount in złoty written the usual Polish or English way ("1 250,00 zł", "250.50 PLN").</summary>
public sealed class AmountValidator(decimal maximum = AmountValidator.DefaultMaximum)
{
    /// <summary>Far above any Vivus loan or repayment, so only typos (an extra digit or three) exceed it.</summary>
    public const decimal DefaultMaximum = 100_000m;

    private static readonly NumberFormatInfo ThousandsWithSpaces = new() { NumberGroupSeparator = " " };

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly Regex Currency = new(@"(zł|zl|złotych|zlotych|złote|zlote|złoty|zloty|pln)\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);

    private static readonly Regex ForeignCurrency = new(@"(eur|euro|€|\$|usd|gbp|£|chf)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);

    private static readonly Regex Number = new(@"^-?\d+([.,]\d+)*$", RegexOptions.CultureInvariant, MatchTimeout);

    public ValidationOutcome<decimal> Validate(string? input)
    {
        var text = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (text.Length == 0)
        {
            return ValidationOutcome<decimal>.Invalid("nie wpisano kwoty");
        }
        if (ForeignCurrency.IsMatch(text))
        {
            return ValidationOutcome<decimal>.Invalid("podaj, proszę, kwotę w złotych");
        }

        text = Currency.Replace(text, "");
        if (!Number.IsMatch(text) || !TryParse(text, out var amount))
        {
            return ValidationOutcome<decimal>.Invalid("nie rozpoznaję tej kwoty — wpisz ją cyframi, np. 250,50 zł");
        }
        if (amount <= 0)
        {
            return ValidationOutcome<decimal>.Invalid("kwota musi być większa od zera");
        }
        if (decimal.Round(amount, 2) != amount)
        {
            return ValidationOutcome<decimal>.Invalid("kwota może mieć najwyżej dwie cyfry po przecinku (grosze)");
        }
        return amount > maximum
            ? ValidationOutcome<decimal>.Invalid($"kwota wydaje się za duża (więcej niż {maximum.ToString("N0", ThousandsWithSpaces)} zł) — sprawdź, proszę, czy nie ma w niej dodatkowej cyfry")
            : ValidationOutcome<decimal>.Valid(amount);
    }

    private static bool TryParse(string text, out decimal amount)
    {
        // The last separator followed by one or two digits is the decimal one; any other separates thousands.
        var lastSeparator = text.LastIndexOfAny(['.', ',']);
        var fractionLength = lastSeparator < 0 ? 0 : text.Length - lastSeparator - 1;
        var hasFraction = lastSeparator >= 0 && (fractionLength != 3 || (text.Count(c => c is '.' or ',') == 1 && text[lastSeparator] == ','));
        var integerPart = hasFraction ? text[..lastSeparator] : text;
        var fraction = hasFraction ? text[(lastSeparator + 1)..] : "";

        var groups = integerPart.TrimStart('-').Split('.', ',');
        if (groups.Skip(1).Any(g => g.Length != 3))
        {
            amount = 0;
            return false;
        }

        var normalised = string.Concat(integerPart.Where(c => c is not ('.' or ','))) + (hasFraction ? "." + fraction : "");
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }
}
