using TimexProperty = Microsoft.Recognizers.Text.DataTypes.TimexExpression.TimexProperty;
using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Dates;

/// <summary>
/// The resolver reads the TIMEX strings the recognizers write by hand; it must read every form they write as the
/// Recognizers-Text TIMEX reader (which it replaced) does.
/// </summary>
public sealed class TimexResolverTests
{
    public static TheoryData<string> WrittenForms()
    {
        var dates = new[] { "", "2026-12-24", "2027-01-01", "2028-02-29", "XXXX-12-24", "XXXX-05-03", "XXXX-11-01" }
            .Concat(Enum.GetValues<DayOfWeek>().Select(TimexText.AnyWeekday));
        var times = new[] { "", "TMO", "TAF", "TEV", "TNI" }
            .Concat(Enumerable.Range(0, 24).SelectMany(h => new[] { TimexText.Time(new TimeOnly(h, 0)), TimexText.Time(new TimeOnly(h, (h * 7 + 5) % 60)) }));
        var data = new TheoryData<string>();
        foreach (var text in dates.SelectMany(_ => times, (date, time) => date + time).Where(t => t != ""))
            data.Add(text);
        return data;
    }

    [Theory, MemberData(nameof(WrittenForms))]
    public void Every_form_the_recognizers_write_reads_as_the_TIMEX_reader_reads_it(string text)
    {
        var reference = new TimexProperty(text);

        var read = TimexResolver.Timex.Parse(text);

        read.Should().NotBeNull();
        read!.Value.Should().Be(new TimexResolver.Timex(reference.Year, reference.Month, reference.DayOfMonth, reference.DayOfWeek,
            reference.Hour, reference.Hour is null ? null : reference.Minute ?? 0, reference.PartOfDay));
    }

    [Theory]
    [InlineData("")]
    [InlineData("T")]
    [InlineData("2026-12")]
    [InlineData("2026-1-24")]
    [InlineData("XXXX-WXX-8")]
    [InlineData("2026-12-24T1")]
    [InlineData("T15:3")]
    [InlineData("TXY")]
    [InlineData("PRESENT_REF")]
    [InlineData("XXXX-12-24T15:30:00Z")]
    public void Any_other_text_resolves_to_nothing(string text)
    {
        TimexResolver.Resolve(new TimeMention(text, "?"), new DateTime(2026, 11, 25, 14, 0, 0)).Should().BeNull();
    }
}
