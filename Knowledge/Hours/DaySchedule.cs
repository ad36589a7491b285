using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>One local calendar day: its type, its hours (null when closed) and why.</summary>
public sealed record DaySchedule(DateOnly Date, DayType Type, DailyHours? Hours, PublicHoliday? Holiday = null, string? Note = null)
{
    public bool IsOpen => Hours is not null;
}
