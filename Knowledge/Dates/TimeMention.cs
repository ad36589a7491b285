namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>
/// A time expression found in a customer's text, as a TIMEX string ("2026-11-26TMO",
/// "XXXX-WXX-6T21", "XXXX-12-24"), plus the weekday
/// the customer named, when they named one beside a date.
/// </summary>
public sealed record TimeMention(string Timex, string Text, DayOfWeek? StatedWeekday = null);
