using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

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
        TimexProperty timex;
        try
        {
            timex = new TimexProperty(mention.Timex);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(localNow);
        var time = timex.Hour is { } hour ? new TimeOnly(hour % 24, timex.Minute ?? 0) : (TimeOnly?)null;
        var date = DateOf(timex, today, time, TimeOnly.FromDateTime(localNow));
        if (date is null)
            return null;
        var mismatch = mention.StatedWeekday is { } stated && stated != date.Value.DayOfWeek ? stated : (DayOfWeek?)null;
        return new ResolvedTime(date.Value, time, time is null ? timex.PartOfDay : null, mismatch);
    }

    private static DateOnly? DateOf(TimexProperty timex, DateOnly today, TimeOnly? time, TimeOnly nowClock)
    {
        if (timex.Month is { } month && timex.DayOfMonth is { } day)
        {
            if (timex.Year is { } year)
                return DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", out var exact) ? exact : null;
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
}
