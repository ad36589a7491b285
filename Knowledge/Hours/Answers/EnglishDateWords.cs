using System.Globalization;

namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>English dates as answers say them: "on Wednesday 2 December", "today", "tomorrow".</summary>
public static class EnglishDateWords
{
    /// <summary>"2 December", with the year only when it is not the current one.</summary>
    public static string Date(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "d MMMM" : "d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string OnDate(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        _ => $"on {date.DayOfWeek} {Date(date, today)}",
    };

    public static string Time(TimeOnly time) => time.ToString("H:mm", CultureInfo.InvariantCulture);
}
