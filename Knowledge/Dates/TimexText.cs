using System.Globalization;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>TIMEX strings as both languages' recognizers write them, in the forms <see cref="TimexResolver"/> reads.</summary>
public static class TimexText
{
    /// <summary>"2026-12-24".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"T15" or "T15:30".</summary>
    public static string Time(TimeOnly clock) =>
        clock.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"T{clock.Hour:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"T{clock.Hour:D2}:{clock.Minute:D2}");

    /// <summary>"XXXX-WXX-7": any Sunday.</summary>
    public static string AnyWeekday(DayOfWeek day) => $"XXXX-WXX-{IsoWeekday(day)}";

    /// <summary>Monday 1 … Sunday 7.</summary>
    public static int IsoWeekday(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
