using System.Globalization;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>
/// Pins a TIMEX from either language's recognizer to a local date and time. Open-ended
/// expressions take their next occurrence from "now": a weekday today or later, a day of
/// the month this year or next, a bare time today or, once past, tomorrow.
/// </summary>
public static class TimexResolver
{
    public static ResolvedTime? Resolve(TimeMention mention, DateTime localNow)
    {
        if (Timex.Parse(mention.Timex) is not { } timex)
            return null;

        var today = DateOnly.FromDateTime(localNow);
        var time = timex.Hour is { } hour ? new TimeOnly(hour % 24, timex.Minute ?? 0) : (TimeOnly?)null;
        var date = DateOf(timex, today, time, TimeOnly.FromDateTime(localNow));
        if (date is null)
            return null;
        var mismatch = mention.StatedWeekday is { } stated && stated != date.Value.DayOfWeek ? stated : (DayOfWeek?)null;
        return new ResolvedTime(date.Value, time, time is null ? timex.PartOfDay : null, mismatch);
    }

    private static DateOnly? DateOf(Timex timex, DateOnly today, TimeOnly? time, TimeOnly nowClock)
    {
        if (timex.Month is { } month && timex.DayOfMonth is { } day)
        {
            if (timex.Year is { } year)
                return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    ? new DateOnly(year, month, day)
                    : null;
            return NextDayOfMonth(today, month, day);
        }
        if (timex.DayOfWeek is { } isoWeekday)
        {
            var target = (DayOfWeek)(isoWeekday % 7);
            return today.AddDays(((int)target - (int)today.DayOfWeek + 7) % 7);
        }
        if (timex.Year is not null || timex.Month is not null)
            return null;
        return time is { } t && t < nowClock ? today.AddDays(1) : today;
    }

    private static DateOnly? NextDayOfMonth(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= today.Year + 4; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var candidate && candidate >= today)
                return candidate;
        }
        return null;
    }

    /// <summary>
    /// The fields of a TIMEX in the forms <see cref="TimexText"/> and the recognizers write — a date ("2026-12-24",
    /// "XXXX-12-24") or any weekday ("XXXX-WXX-7"), then "T" and a time ("T15", "T15:30") or a part of the day ("TAF") —
    /// as TIMEX readers give them; null for any other text.
    /// </summary>
    internal readonly record struct Timex(int? Year, int? Month, int? DayOfMonth, int? DayOfWeek, int? Hour, int? Minute, string? PartOfDay)
    {
        private static readonly string[] PartsOfDay = ["MO", "MI", "AF", "EV", "NI", "DT"];

        public static Timex? Parse(string text)
        {
            var t = text.IndexOf('T', StringComparison.Ordinal);
            var date = t < 0 ? text.AsSpan() : text.AsSpan(0, t);
            var timex = default(Timex);
            if (date.Length > 0)
            {
                if (date.Length != 10)
                    return null;
                if (date.StartsWith("XXXX-WXX-", StringComparison.Ordinal))
                {
                    if (Number(date[9..]) is not ({ } weekday and >= 1 and <= 7))
                        return null;
                    timex = timex with { DayOfWeek = weekday };
                }
                else if (date[4] == '-' && date[7] == '-' && Number(date[5..7]) is { } month && Number(date[8..]) is { } day)
                {
                    var year = date[..4] is "XXXX" ? null : Number(date[..4]);
                    if (year is null && date[..4] is not "XXXX")
                        return null;
                    timex = timex with { Year = year, Month = month, DayOfMonth = day };
                }
                else
                {
                    return null;
                }
            }
            if (t < 0)
                return date.Length > 0 ? timex : null;

            var time = text.AsSpan(t + 1);
            foreach (var part in PartsOfDay)
            {
                if (time.SequenceEqual(part))
                    return timex with { PartOfDay = part };
            }
            if (time.Length is 2 or 5 && Number(time[..2]) is { } hour && (time.Length == 2 || time[2] == ':') && (time.Length == 2 ? 0 : Number(time[3..])) is { } minute)
                return timex with { Hour = hour, Minute = minute };
            return null;
        }

        private static int? Number(ReadOnlySpan<char> digits) =>
            digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }
}
