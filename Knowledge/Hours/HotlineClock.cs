using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>The hours engine: is the hotline open at an instant, until when, and when it opens next.</summary>
public sealed class HotlineClock(ContactOptions options, HotlineCalendar calendar, HotlineTimeZone zone, TimeProvider time)
{
    /// <summary>How far ahead to look for the next opening; long holiday runs are far shorter.</summary>
    private const int SearchDays = 60;

    public HotlineTimeZone Zone => zone;

    public DateTimeOffset LocalNow => zone.ToLocal(time.GetUtcNow());

    public HotlineStatus Now() => At(time.GetUtcNow());

    public HotlineStatus At(DateTimeOffset instant)
    {
        var local = zone.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        var today = calendar.For(date);
        var open = today.Hours is { } hours && clock >= hours.Open && clock < hours.Close;
        if (open)
        {
            return new HotlineStatus(local, today, true, zone.ToLocal(zone.ToInstant(date, today.Hours!.Close)), null, null,
                InRecommendedWindow(today, clock), InBusyPeriod(today, clock));
        }
        return new HotlineStatus(local, today, false, null, ReasonFor(today), NextOpening(local), false, false);
    }

    public DaySchedule Day(DateOnly date) => calendar.For(date);

    /// <summary>The schedule of the given day and the days after it.</summary>
    public IReadOnlyList<DaySchedule> Days(DateOnly from, int count = 7) =>
        Enumerable.Range(0, count).Select(i => calendar.For(from.AddDays(i))).ToList();

    /// <summary>The first opening strictly after the local moment, or null if none within the search range.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset local)
    {
        var date = DateOnly.FromDateTime(local.DateTime);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        for (var i = 0; i <= SearchDays; i++)
        {
            var day = calendar.For(date.AddDays(i));
            if (day.Hours is { } hours && (i > 0 || clock < hours.Open))
                return zone.ToLocal(zone.ToInstant(day.Date, hours.Open));
        }
        return null;
    }

    private static ClosedReason ReasonFor(DaySchedule day) => day switch
    {
        { IsOpen: true } => ClosedReason.Night,
        { Type: DayType.Special } => ClosedReason.SpecialClosure,
        { Type: DayType.Holiday } => ClosedReason.PublicHoliday,
        _ => ClosedReason.OrdinarySunday,
    };

    private bool InRecommendedWindow(DaySchedule day, TimeOnly clock) =>
        HotlineCalendar.IsWorkingDay(day.Date) && clock >= options.RecommendedWindow.Open && clock < options.RecommendedWindow.Close;

    private bool InBusyPeriod(DaySchedule day, TimeOnly clock) =>
        options.BusyPeriods.Any(p =>
            (p.Days.Length == 0 || p.Days.Contains(day.Date.DayOfWeek)) && clock >= p.From && (p.Until is null || clock < p.Until));
}
