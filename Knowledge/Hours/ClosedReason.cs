namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>Why the hotline is not answering at a given moment.</summary>
public enum ClosedReason
{
    /// <summary>Outside the day's hours, before opening or after closing.</summary>
    Night,
    OrdinarySunday,
    PublicHoliday,
    SpecialClosure,
}
