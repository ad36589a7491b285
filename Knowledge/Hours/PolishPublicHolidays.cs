using System.Collections.Concurrent;
namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>
/// Statutory public holidays (act of 18 January 1951 as amended), computed for any year:
/// fixed dates, the Easter-based ones, and 24 December from 2025 on.
/// </summary>
public static class PolishPublicHolidays
{
    /// <summary>First year in which Christmas Eve is a day off (Dz.U. 2024 poz. 1965).</summary>
    public const int ChristmasEveFromYear = 2025;

    // Every hours answer asks about a few days; a year's holidays are computed once (years asked about are few).
    private static readonly ConcurrentDictionary<int, IReadOnlyList<PublicHoliday>> Years = new();

    public static IReadOnlyList<PublicHoliday> InYear(int year) => Years.GetOrAdd(year, Compute);

    private static IReadOnlyList<PublicHoliday> Compute(int year)
    {
        var easter = Easter.Sunday(year);
        var holidays = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Nowy Rok", "New Year's Day"),
            new(new DateOnly(year, 1, 6), "Święto Trzech Króli", "Epiphany"),
            new(easter, "Wielkanoc", "Easter Sunday"),
            new(easter.AddDays(1), "Poniedziałek Wielkanocny", "Easter Monday"),
            new(new DateOnly(year, 5, 1), "Święto Pracy", "Labour Day"),
            new(new DateOnly(year, 5, 3), "Święto Konstytucji 3 Maja", "Constitution Day"),
            new(easter.AddDays(49), "Zielone Świątki", "Pentecost Sunday"),
            new(easter.AddDays(60), "Boże Ciało", "Corpus Christi"),
            new(new DateOnly(year, 8, 15), "Wniebowzięcie Najświętszej Maryi Panny", "Assumption Day"),
            new(new DateOnly(year, 11, 1), "Wszystkich Świętych", "All Saints' Day"),
            new(new DateOnly(year, 11, 11), "Narodowe Święto Niepodległości", "Independence Day"),
        };
        if (year >= ChristmasEveFromYear)
            holidays.Add(new(new DateOnly(year, 12, 24), "Wigilia Bożego Narodzenia", "Christmas Eve"));
        holidays.Add(new(new DateOnly(year, 12, 25), "Boże Narodzenie", "Christmas Day"));
        holidays.Add(new(new DateOnly(year, 12, 26), "drugi dzień Bożego Narodzenia", "Second Day of Christmas"));
        return holidays.OrderBy(h => h.Date).ToList();
    }

    public static PublicHoliday? On(DateOnly date) => InYear(date.Year).FirstOrDefault(h => h.Date == date);
}
