using System.Collections.Concurrent;
namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>
/// Trading Sundays by the rule in force from 2025: the last Sunday of January, April, June and
/// August, the Sunday before Easter and the three Sundays preceding 24 December; one that falls
/// on a public holiday does not take place and is not replaced.
/// </summary>
public static class TradingSundays
{
    private static readonly ConcurrentDictionary<int, IReadOnlyList<DateOnly>> Years = new();

    public static IReadOnlyList<DateOnly> InYear(int year) => Years.GetOrAdd(year, Compute);

    private static IReadOnlyList<DateOnly> Compute(int year)
    {
        var candidates = new List<DateOnly>
        {
            LastSunday(year, 1),
            Easter.Sunday(year).AddDays(-7),
            LastSunday(year, 4),
            LastSunday(year, 6),
            LastSunday(year, 8),
        };
        var sundayBeforeChristmasEve = SundayBefore(new DateOnly(year, 12, 24));
        candidates.AddRange([sundayBeforeChristmasEve.AddDays(-14), sundayBeforeChristmasEve.AddDays(-7), sundayBeforeChristmasEve]);
        return candidates.Distinct().Where(d => PolishPublicHolidays.On(d) is null).Order().ToList();
    }

    private static DateOnly LastSunday(int year, int month) =>
        SundayBefore(new DateOnly(year, month, 1).AddMonths(1));

    /// <summary>The latest Sunday strictly before the given date.</summary>
    private static DateOnly SundayBefore(DateOnly date)
    {
        var back = (int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek;
        return date.AddDays(-back);
    }
}
