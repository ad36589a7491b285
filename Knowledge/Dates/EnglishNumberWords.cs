using System.Globalization;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>English numbers as customers write hours and days of the month: "8" or "eight", "24th" or "twenty-fourth".</summary>
public static class EnglishNumberWords
{
    private static readonly string[] Cardinals =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    /// <summary>"8" or "eight" → 8; 0 for a word it does not know.</summary>
    public static int Cardinal(string word) =>
        int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : Array.IndexOf(Cardinals, word) + 1;

    /// <summary>"first" → 1, "twentieth" → 20, "thirty-first" or "thirty first" → 31; 0 for a word it does not know.</summary>
    public static int Ordinal(string word) => word switch
    {
        "twentieth" => 20,
        "thirtieth" => 30,
        _ when word.StartsWith("twenty", StringComparison.Ordinal) => 20 + Ordinal(word[6..].TrimStart('-', ' ')),
        _ when word.StartsWith("thirty", StringComparison.Ordinal) => 30 + Ordinal(word[6..].TrimStart('-', ' ')),
        _ => Array.IndexOf(Ordinals, word) + 1,
    };
}
