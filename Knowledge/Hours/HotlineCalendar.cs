using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>
/// The hotline's day-by-day calendar: computed holidays and trading Sundays, corrected by the
/// operators' settings (special days win, then public holidays, then the day type).
/// </summary>
public sealed class HotlineCalendar(ContactOptions options)
{
    private readonly Dictionary<DateOnly, SpecialDay> special = options.Calendar.SpecialDays.ToDictionary(d => d.Date);
    private readonly HashSet<DateOnly> added = [.. options.Calendar.AddedTradingSundays];
    private readonly HashSet<DateOnly> removed = [.. options.Calendar.RemovedTradingSundays];

    public DaySchedule For(DateOnly date)
    {
        var holiday = PolishPublicHolidays.On(date);
        if (special.TryGetValue(date, out var day))
        {
            var hours = day.IsClosed ? null : new DailyHours { Open = day.Open!.Value, Close = day.Close!.Value };
            return new DaySchedule(date, DayType.Special, hours, holiday, day.Note);
        }
        if (holiday is not null && options.ClosedOnPublicHolidays)
            return new DaySchedule(date, DayType.Holiday, null, holiday);
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => new DaySchedule(date, DayType.Saturday, options.Hours.Saturday, holiday),
            DayOfWeek.Sunday when IsTradingSunday(date) => new DaySchedule(date, DayType.TradingSunday, options.Hours.TradingSunday, holiday),
            DayOfWeek.Sunday => new DaySchedule(date, DayType.Sunday, null, holiday),
            _ => new DaySchedule(date, DayType.Weekday, options.Hours.Weekday, holiday),
        };
    }

    public bool IsTradingSunday(DateOnly date) =>
        added.Contains(date) || (!removed.Contains(date) && TradingSundays.InYear(date.Year).Contains(date));

    /// <summary>The first trading Sunday on or after the date, within the next two years.</summary>
    public DateOnly? NextTradingSunday(DateOnly from)
    {
        var sunday = from.AddDays((7 - (int)from.DayOfWeek) % 7);
        for (; sunday <= from.AddYears(2); sunday = sunday.AddDays(7))
        {
            if (IsTradingSunday(sunday) && For(sunday).Type == DayType.TradingSunday)
                return sunday;
        }
        return null;
    }

    /// <summary>A working day for the e-mail target: Monday to Friday and not a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && PolishPublicHolidays.On(date) is null;
}
