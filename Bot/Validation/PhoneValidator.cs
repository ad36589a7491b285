namespace Vivus.Advisor.Bot.Validation;

/// <summary>Reads a Polish phone number in any common spelling and normalises it to <c>+48 600 100 200</c>.</summary>
public static class PhoneValidator
{
    private const int NationalLength = 9;

    public static ValidationOutcome<string> Validate(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0)
        {
            return ValidationOutcome<string>.Invalid("nie wpisano numeru telefonu");
        }
        if (text.Any(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not ('+' or '-' or '(' or ')' or '.' or '/')))
        {
            return ValidationOutcome<string>.Invalid("numer telefonu może zawierać tylko cyfry, spacje, myślniki i +48");
        }

        var hasPlus = text.Contains('+');
        if ((hasPlus && text.TrimStart('(', ' ')[0] != '+') || text.Count(c => c == '+') > 1)
        {
            return ValidationOutcome<string>.Invalid("znak + może stać tylko na początku numeru");
        }

        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        if (hasPlus || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = hasPlus ? digits : digits[2..];
            if (!international.StartsWith("48", StringComparison.Ordinal))
            {
                return ValidationOutcome<string>.Invalid("podaj, proszę, polski numer telefonu (+48)");
            }
            digits = international[2..];
        }
        else if (digits.Length == NationalLength + 2 && digits.StartsWith("48", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length < NationalLength)
        {
            return ValidationOutcome<string>.Invalid($"numer ma za mało cyfr (polski numer ma 9 cyfr, a wpisany ma {digits.Length})");
        }
        if (digits.Length > NationalLength)
        {
            return ValidationOutcome<string>.Invalid($"numer ma za dużo cyfr (polski numer ma 9 cyfr, a wpisany ma {digits.Length})");
        }
        if (digits[0] == '0')
        {
            return ValidationOutcome<string>.Invalid("polski numer nie zaczyna się od zera");
        }
        return ValidationOutcome<string>.Valid($"+48 {digits[..3]} {digits[3..6]} {digits[6..]}");
    }
}
