using System.Globalization;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>Checks a PESEL: 11 digits, the check digit and a birth date that exists. Never echoes the number.</summary>
public static class PeselValidator
{
    public const int Length = 11;

    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    private static readonly string[] PolishMonthsGenitive =
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

    /// <summary>Validates the input; the value is the 11 digits without spaces or dashes.</summary>
    public static ValidationOutcome<string> Validate(string? input)
    {
        var compact = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-'));
        if (compact.Length == 0)
        {
            return ValidationOutcome<string>.Invalid("nie wpisano numeru PESEL");
        }
        if (!compact.All(char.IsAsciiDigit))
        {
            return ValidationOutcome<string>.Invalid("numer PESEL może zawierać tylko cyfry");
        }
        if (compact.Length != Length)
        {
            return ValidationOutcome<string>.Invalid($"numer PESEL ma 11 cyfr, a wpisany ma {compact.Length}");
        }
        if (CheckDigit(compact) != compact[10] - '0')
        {
            return ValidationOutcome<string>.Invalid("cyfra kontrolna się nie zgadza");
        }
        return BirthDateProblem(compact) is { } problem
            ? ValidationOutcome<string>.Invalid(problem)
            : ValidationOutcome<string>.Valid(compact);
    }

    /// <summary>The check digit for the first ten digits of <paramref name="digits"/>.</summary>
    public static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>Shows only the last four digits, e.g. <c>*******4321</c>.</summary>
    public static string Mask(string? pesel)
    {
        var digits = string.Concat((pesel ?? "").Where(char.IsAsciiDigit));
        return digits.Length <= 4 ? new string('*', digits.Length) : new string('*', digits.Length - 4) + digits[^4..];
    }

    /// <summary>The birth date encoded in a valid PESEL (e.g. for an age check); null when the number is not valid.</summary>
    public static DateOnly? BirthDate(string? pesel)
    {
        var outcome = Validate(pesel);
        return outcome.IsValid && Decode(outcome.Value!) is var (year, month, day) ? new DateOnly(year, month, day) : null;
    }

    private static string? BirthDateProblem(string digits)
    {
        if (Decode(digits) is not var (year, month, day))
        {
            return "miesiąc urodzenia zapisany w numerze PESEL nie istnieje";
        }
        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? null
            : $"data urodzenia zapisana w numerze PESEL nie istnieje ({day} {PolishMonthsGenitive[month - 1]})";
    }

    /// <summary>Year, month and day as written; the day may not exist in that month. Null for a month no century uses.</summary>
    private static (int Year, int Month, int Day)? Decode(string digits)
    {
        var yearInCentury = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var encodedMonth = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[4..6], CultureInfo.InvariantCulture);

        // The month carries the century: +80 for the 1800s, +0 for the 1900s, then +20 per century up to the 2200s.
        (int Century, int Offset)? encoding = encodedMonth switch
        {
            >= 81 and <= 92 => (1800, 80),
            >= 1 and <= 12 => (1900, 0),
            >= 21 and <= 32 => (2000, 20),
            >= 41 and <= 52 => (2100, 40),
            >= 61 and <= 72 => (2200, 60),
            _ => null,
        };
        return encoding is var (century, offset) ? (century + yearInCentury, encodedMonth - offset, day) : null;
    }
}
