namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>
/// A time mention pinned to a local date: Time when an hour was given, PartOfDay ("MO", "AF",
/// "EV", "NI") when only a part of the day was. MismatchedWeekday is the weekday the customer
/// named when the date falls on another one.
/// </summary>
public sealed record ResolvedTime(DateOnly Date, TimeOnly? Time, string? PartOfDay, DayOfWeek? MismatchedWeekday)
{
    public bool HasWeekdayMismatch => MismatchedWeekday is not null;
}
