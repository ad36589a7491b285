using System.Text.Json;
using Vivus.Advisor.Knowledge.Cli;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

public class HoursCommandTests
{
    private static (int Code, string Output) Run(string[] args, string input = "", bool redirected = false)
    {
        var command = new HoursCommand(new TestHotline(new DateTime(2026, 11, 25, 16, 40, 0)).Clock);
        var output = new StringWriter();
        var code = command.Run(args, new StringReader(input), output, new StringWriter(), redirected);
        return (code, output.ToString());
    }

    [Fact]
    public void Christmas_eve_is_a_closed_holiday()
    {
        var (code, output) = Run(["--at", "2026-12-24T10:00", "--json"]);
        code.Should().Be(0);
        output.Trim().Should().Be("""{"at":"2026-12-24T10:00:00+01:00","open":false,"closesAt":null,"nextOpen":"2026-12-28T08:00:00+01:00","reason":"holiday","dayType":"holiday","holidayName":"Wigilia Bożego Narodzenia"}""");
    }

    [Fact]
    public void Without_at_it_reports_now()
    {
        using var json = JsonDocument.Parse(Run(["--json"]).Output);
        json.RootElement.GetProperty("at").GetString().Should().Be("2026-11-25T16:40:00+01:00");
        json.RootElement.GetProperty("open").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("closesAt").GetString().Should().Be("2026-11-25T22:00:00+01:00");
        json.RootElement.GetProperty("dayType").GetString().Should().Be("weekday");
    }

    [Fact]
    public void Redirected_input_gives_one_object_per_line()
    {
        var (code, output) = Run(["--json"], "2026-12-13T09:59\n2026-12-13T10:00\n2026-11-29T12:00\n", redirected: true);
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("open").GetBoolean()).Should().Equal(false, true, false);
        lines.Select(l => l.GetProperty("dayType").GetString()).Should().Equal("tradingSunday", "tradingSunday", "sunday");
        lines.Select(l => l.GetProperty("reason").GetString()).Should().Equal("night", null, "sunday");
    }

    [Fact]
    public void A_bad_time_fails_and_the_readable_line_is_polish()
    {
        Run(["--at", "jutro"]).Code.Should().Be(1);
        Run(["--at", "2026-11-28T20:00"]).Output.Should().Contain("nieczynna").And.Contain("2026-11-30 08:00");
    }
}
