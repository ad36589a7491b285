using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

public class CalendarTests
{
    /// <summary>The lists in /work/shared/facts.md.</summary>
    public static TheoryData<int, string> TradingSundayLists => new()
    {
        { 2025, "01-26 04-13 04-27 06-29 08-31 12-07 12-14 12-21" },
        { 2026, "01-25 03-29 04-26 06-28 08-30 12-06 12-13 12-20" },
        { 2027, "01-31 03-21 04-25 06-27 08-29 12-05 12-12 12-19" },
    };

    [Theory, MemberData(nameof(TradingSundayLists))]
    public void Trading_sundays_match_the_published_lists(int year, string dates)
    {
        var expected = dates.Split(' ').Select(d => DateOnly.Parse($"{year}-{d}")).ToList();
        TradingSundays.InYear(year).Should().Equal(expected);
    }

    [Fact]
    public void In_2028_christmas_eve_is_a_sunday_and_december_trading_sundays_are_3_10_17()
    {
        TradingSundays.InYear(2028).Where(d => d.Month == 12).Should().Equal(new DateOnly(2028, 12, 3), new DateOnly(2028, 12, 10), new DateOnly(2028, 12, 17));
    }

    [Theory]
    [InlineData(2025, "2025-04-20"), InlineData(2026, "2026-04-05"), InlineData(2027, "2027-03-28"), InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01"), InlineData(2030, "2030-04-21"), InlineData(2031, "2031-04-13"), InlineData(2032, "2032-03-28")]
    [InlineData(2033, "2033-04-17"), InlineData(2034, "2034-04-09"), InlineData(2035, "2035-03-25")]
    public void Easter_is_computed(int year, string easter) => Easter.Sunday(year).Should().Be(DateOnly.Parse(easter));

    [Theory]
    [InlineData(2025), InlineData(2026), InlineData(2027), InlineData(2028), InlineData(2029), InlineData(2030), InlineData(2031), InlineData(2032), InlineData(2033), InlineData(2034), InlineData(2035)]
    public void Each_year_has_eight_trading_sundays_all_sundays_none_a_holiday(int year)
    {
        var sundays = TradingSundays.InYear(year);
        sundays.Should().HaveCount(8).And.OnlyContain(d => d.DayOfWeek == DayOfWeek.Sunday && PolishPublicHolidays.On(d) == null);
    }

    [Fact]
    public void A_trading_sunday_on_easter_does_not_happen() =>
        TradingSundays.InYear(2038).Should().NotContain(new DateOnly(2038, 4, 25)).And.HaveCount(7);

    [Theory]
    [InlineData("2026-01-01", "Nowy Rok"), InlineData("2026-01-06", "Święto Trzech Króli"), InlineData("2026-04-05", "Wielkanoc")]
    [InlineData("2026-04-06", "Poniedziałek Wielkanocny"), InlineData("2026-05-01", "Święto Pracy"), InlineData("2026-05-03", "Święto Konstytucji 3 Maja")]
    [InlineData("2026-05-24", "Zielone Świątki"), InlineData("2026-06-04", "Boże Ciało"), InlineData("2026-08-15", "Wniebowzięcie Najświętszej Maryi Panny")]
    [InlineData("2026-11-01", "Wszystkich Świętych"), InlineData("2026-11-11", "Narodowe Święto Niepodległości"), InlineData("2026-12-24", "Wigilia Bożego Narodzenia")]
    [InlineData("2026-12-25", "Boże Narodzenie"), InlineData("2026-12-26", "drugi dzień Bożego Narodzenia")]
    [InlineData("2027-06-08", null), InlineData("2025-06-19", "Boże Ciało"), InlineData("2028-06-15", "Boże Ciało"), InlineData("2024-12-24", null)]
    [InlineData("2026-02-14", null)]
    public void Public_holidays_have_their_polish_names(string date, string? name) =>
        PolishPublicHolidays.On(DateOnly.Parse(date))?.PolishName.Should().Be(name);

    [Fact]
    public void Operators_can_add_and_remove_trading_sundays_and_special_days()
    {
        var hotline = new TestHotline(new DateTime(2026, 11, 25, 12, 0, 0), o =>
        {
            o.Calendar.AddedTradingSundays = [new DateOnly(2026, 11, 29)];
            o.Calendar.RemovedTradingSundays = [new DateOnly(2026, 12, 6)];
            o.Calendar.SpecialDays = [new() { Date = new DateOnly(2026, 12, 31), Open = new(8, 0), Close = new(14, 0) }, new() { Date = new DateOnly(2026, 12, 30) }];
        });
        hotline.Calendar.For(new DateOnly(2026, 11, 29)).Type.Should().Be(DayType.TradingSunday);
        hotline.Calendar.For(new DateOnly(2026, 12, 6)).Type.Should().Be(DayType.Sunday);
        hotline.Calendar.For(new DateOnly(2026, 12, 31)).Hours!.Close.Should().Be(new TimeOnly(14, 0));
        hotline.Calendar.For(new DateOnly(2026, 12, 30)).IsOpen.Should().BeFalse();
        hotline.Clock.At(TestHotline.Warsaw.ToInstant(new DateTime(2026, 12, 30, 12, 0, 0))).Reason.Should().Be(ClosedReason.SpecialClosure);
    }
}
