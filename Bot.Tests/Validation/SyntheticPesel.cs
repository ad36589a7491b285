using System.Globalization;

namespace Vivus.Advisor.Bot.Tests.Validation;

/// <summary>Builds made-up PESELs for a birth date, with a check digit computed here independently of the validator.</summary>
internal static class SyntheticPesel
{
    private static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    /// <summary>The date need not exist: <c>For(1990, 2, 30)</c> encodes 30 February with a valid check digit.</summary>
    public static string For(int year, int month, int day, int serial = 4321)
    {
        var monthOffset = (year / 100) switch
        {
            18 => 80,
            19 => 0,
            20 => 20,
            21 => 40,
            22 => 60,
            _ => throw new ArgumentOutOfRangeException(nameof(year)),
        };
        return WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{month + monthOffset:D2}{day:D2}{serial:D4}"));
    }

    public static string WithCheckDigit(string firstTen)
    {
        var sum = firstTen.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return firstTen + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The same number with a wrong last digit.</summary>
    public static string WithWrongCheckDigit(string pesel) =>
        pesel[..10] + ((pesel[10] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture);
}
