using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

public class HotlineClockTests
{
    /// <summary>Dates with their day type by facts.md; every one is probed at each boundary minute of its hours.</summary>
    private static readonly (string Date, DayType Type)[] Days =
    [
        ("2025-01-02", DayType.Weekday), ("2025-03-31", DayType.Weekday), ("2026-03-27", DayType.Weekday), ("2026-10-26", DayType.Weekday),
        ("2027-03-29", DayType.Holiday), ("2028-10-30", DayType.Weekday), ("2030-06-21", DayType.Weekday), ("2029-12-31", DayType.Weekday),
        ("2025-03-29", DayType.Saturday), ("2026-10-24", DayType.Saturday), ("2026-12-26", DayType.Holiday), ("2030-01-05", DayType.Saturday),
        ("2025-01-26", DayType.TradingSunday), ("2025-04-13", DayType.TradingSunday), ("2025-04-27", DayType.TradingSunday), ("2025-06-29", DayType.TradingSunday),
        ("2025-08-31", DayType.TradingSunday), ("2025-12-07", DayType.TradingSunday), ("2025-12-14", DayType.TradingSunday), ("2025-12-21", DayType.TradingSunday),
        ("2026-01-25", DayType.TradingSunday), ("2026-03-29", DayType.TradingSunday), ("2026-04-26", DayType.TradingSunday), ("2026-06-28", DayType.TradingSunday),
        ("2026-08-30", DayType.TradingSunday), ("2026-12-06", DayType.TradingSunday), ("2026-12-13", DayType.TradingSunday), ("2026-12-20", DayType.TradingSunday),
        ("2027-01-31", DayType.TradingSunday), ("2027-03-21", DayType.TradingSunday), ("2027-04-25", DayType.TradingSunday), ("2027-06-27", DayType.TradingSunday),
        ("2027-08-29", DayType.TradingSunday), ("2027-12-05", DayType.TradingSunday), ("2027-12-12", DayType.TradingSunday), ("2027-12-19", DayType.TradingSunday),
        ("2028-12-03", DayType.TradingSunday), ("2028-12-10", DayType.TradingSunday), ("2028-12-17", DayType.TradingSunday),
        ("2025-03-30", DayType.Sunday), ("2026-10-25", DayType.Sunday), ("2027-10-31", DayType.Sunday), ("2028-03-26", DayType.Sunday), ("2029-10-28", DayType.Sunday),
        ("2025-12-24", DayType.Holiday), ("2026-12-24", DayType.Holiday), ("2028-12-24", DayType.Holiday), ("2030-12-24", DayType.Holiday),
        ("2026-04-06", DayType.Holiday), ("2028-04-17", DayType.Holiday), ("2025-06-19", DayType.Holiday), ("2026-06-04", DayType.Holiday),
        ("2027-05-27", DayType.Holiday), ("2029-05-31", DayType.Holiday), ("2026-01-01", DayType.Holiday), ("2026-01-06", DayType.Holiday),
        ("2026-05-01", DayType.Holiday), ("2026-05-03", DayType.Holiday), ("2026-05-24", DayType.Holiday), ("2026-08-15", DayType.Holiday),
        ("2026-11-01", DayType.Holiday), ("2026-11-11", DayType.Holiday), ("2026-12-25", DayType.Holiday), ("2030-04-22", DayType.Holiday),
    ];

    public static TheoryData<string, DayType, bool> Instants()
    {
        var data = new TheoryData<string, DayType, bool>();
        foreach (var (date, type) in Days)
        {
            var (open, close) = type switch
            {
                DayType.Weekday => ("08:00", "22:00"),
                DayType.Saturday => ("08:00", "20:00"),
                DayType.TradingSunday => ("10:00", "18:00"),
                _ => ("08:00", "22:00"),
            };
            var isOpenDay = type is DayType.Weekday or DayType.Saturday or DayType.TradingSunday;
            var o = TimeOnly.Parse(open);
            var c = TimeOnly.Parse(close);
            data.Add($"{date}T{o.AddMinutes(-1):HH:mm}", type, false);
            data.Add($"{date}T{open}", type, isOpenDay);
            data.Add($"{date}T{c.AddMinutes(-1):HH:mm}", type, isOpenDay);
            data.Add($"{date}T{close}", type, false);
        }
        return data;
    }

    [Theory, MemberData(nameof(Instants))]
    public void Open_exactly_within_the_hours_of_the_day_type(string local, DayType type, bool open)
    {
        var status = new TestHotline(new DateTime(2026, 1, 1)).Clock.At(TestHotline.Warsaw.ToInstant(DateTime.Parse(local)));
        status.Today.Type.Should().Be(type, local);
        status.IsOpen.Should().Be(open, local);
    }

    [Theory]
    [InlineData("2026-11-25T21:59", true, "2026-11-25T22:00:00+01:00", null, null)]
    [InlineData("2026-11-25T22:00", false, null, "2026-11-26T08:00:00+01:00", ClosedReason.Night)]
    [InlineData("2026-11-28T20:00", false, null, "2026-11-30T08:00:00+01:00", ClosedReason.Night)]
    [InlineData("2026-11-29T12:00", false, null, "2026-11-30T08:00:00+01:00", ClosedReason.OrdinarySunday)]
    [InlineData("2026-12-24T10:00", false, null, "2026-12-28T08:00:00+01:00", ClosedReason.PublicHoliday)]
    [InlineData("2026-12-19T20:30", false, null, "2026-12-20T10:00:00+01:00", ClosedReason.Night)]
    [InlineData("2026-03-29T02:30", false, null, "2026-03-29T10:00:00+02:00", ClosedReason.Night)]
    [InlineData("2026-03-28T21:00", false, null, "2026-03-29T10:00:00+02:00", ClosedReason.Night)]
    [InlineData("2026-10-25T02:30", false, null, "2026-10-26T08:00:00+01:00", ClosedReason.OrdinarySunday)]
    [InlineData("2025-10-25T19:59", true, "2025-10-25T20:00:00+02:00", null, null)]
    [InlineData("2027-03-27T22:00", false, null, "2027-03-30T08:00:00+02:00", ClosedReason.Night)]
    [InlineData("2025-03-30T09:00", false, null, "2025-03-31T08:00:00+02:00", ClosedReason.OrdinarySunday)]
    [InlineData("2025-04-30T22:00", false, null, "2025-05-02T08:00:00+02:00", ClosedReason.Night)]
    [InlineData("2028-12-23T20:00", false, null, "2028-12-27T08:00:00+01:00", ClosedReason.Night)]
    public void Closing_and_next_opening_instants(string local, bool open, string? closesAt, string? nextOpen, ClosedReason? reason)
    {
        var status = new TestHotline(new DateTime(2026, 1, 1)).Clock.At(TestHotline.Warsaw.ToInstant(DateTime.Parse(local)));
        status.IsOpen.Should().Be(open);
        status.ClosesAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz").Should().Be(closesAt);
        status.NextOpen?.ToString("yyyy-MM-dd'T'HH:mm:sszzz").Should().Be(nextOpen);
        status.Reason.Should().Be(reason);
        if (closesAt is null) status.ClosesAt.Should().BeNull();
        if (nextOpen is null) status.NextOpen.Should().BeNull();
    }

    [Theory]
    [InlineData("2026-11-30T09:00", false, true)]
    [InlineData("2026-11-30T12:00", true, false)]
    [InlineData("2026-11-25T15:59", true, false)]
    [InlineData("2026-11-25T16:00", false, false)]
    [InlineData("2026-11-25T17:00", false, true)]
    [InlineData("2026-11-28T13:00", false, false)]
    public void Recommended_window_and_busy_periods(string local, bool recommended, bool busy)
    {
        var status = new TestHotline(new DateTime(2026, 1, 1)).Clock.At(TestHotline.Warsaw.ToInstant(DateTime.Parse(local)));
        status.InRecommendedWindow.Should().Be(recommended);
        status.InBusyPeriod.Should().Be(busy);
    }

    [Fact]
    public void Now_and_the_coming_week_follow_the_time_provider()
    {
        var hotline = new TestHotline(new DateTime(2026, 12, 21, 21, 59, 0));
        hotline.Clock.Now().IsOpen.Should().BeTrue();
        hotline.Time.Advance(TimeSpan.FromMinutes(1));
        hotline.Clock.Now().IsOpen.Should().BeFalse();
        hotline.Clock.Days(new DateOnly(2026, 12, 21)).Select(d => d.Type).Should().Equal(
            DayType.Weekday, DayType.Weekday, DayType.Weekday, DayType.Holiday, DayType.Holiday, DayType.Holiday, DayType.Sunday);
    }

    [Theory]
    [InlineData("2026-11-25T10:00", "2026-11-26T10:00")]
    [InlineData("2026-11-27T15:00", "2026-11-30T15:00")]
    [InlineData("2026-11-28T11:00", "2026-12-01T00:00")]
    [InlineData("2026-12-23T09:00", "2026-12-28T09:00")]
    [InlineData("2026-04-30T18:00", "2026-05-04T18:00")]
    [InlineData("2026-06-03T12:00", "2026-06-05T12:00")]
    [InlineData("2027-03-26T16:00", "2027-03-30T16:00")]
    [InlineData("2026-10-23T20:00", "2026-10-26T20:00")]
    [InlineData("2026-11-10T09:00", "2026-11-12T09:00")]
    [InlineData("2028-12-22T23:00", "2028-12-27T23:00")]
    public void Email_reply_deadline_counts_working_days_only(string sent, string deadline)
    {
        var hotline = new TestHotline(new DateTime(2026, 1, 1));
        var result = hotline.Email.LatestReply(TestHotline.Warsaw.ToInstant(DateTime.Parse(sent)));
        result.DateTime.Should().Be(DateTime.Parse(deadline));
    }
}
