using System.Globalization;

namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>Polish dates as answers say them: "w środę 2 grudnia", "dziś", "jutro".</summary>
public static class PolishDateWords
{
    private static readonly string[] Nominative = ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"];
    private static readonly string[] OnDay = ["w niedzielę", "w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę"];
    private static readonly string[] MonthsGenitive =
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

    public static string Weekday(DayOfWeek day) => Nominative[(int)day];

    /// <summary>"2 grudnia", with the year only when it is not the current one.</summary>
    public static string Date(DateOnly date, DateOnly today) =>
        date.Year == today.Year ? $"{date.Day} {MonthsGenitive[date.Month - 1]}" : $"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year}";

    /// <summary>"14 grudnia 2026".</summary>
    public static string FullDate(DateOnly date) => $"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year}";

    /// <summary>"dziś", "jutro", or "w środę 2 grudnia".</summary>
    public static string OnDate(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "dziś",
        1 => "jutro",
        _ => $"{OnDay[(int)date.DayOfWeek]} {Date(date, today)}",
    };

    public static string Time(TimeOnly time) => time.ToString("H:mm", CultureInfo.InvariantCulture);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
