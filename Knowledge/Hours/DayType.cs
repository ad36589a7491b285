namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>Which hours rule a calendar day follows.</summary>
public enum DayType
{
    Weekday,
    Saturday,
    TradingSunday,
    Sunday,
    Holiday,
    Special,
}
