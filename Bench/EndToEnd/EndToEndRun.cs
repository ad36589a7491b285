namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>The three scenarios side by side, each on a fresh app, and the ratios to the echo baseline.</summary>
public static class EndToEndRun
{
    public static async Task RunAsync(Markdown md, LoadSettings settings)
    {
        md.Heading($"End to end through Direct Line: {settings.Conversations} concurrent conversations, {settings.WarmUp.TotalSeconds:0} s warm-up, {settings.Measured.TotalSeconds:0} s measured");
        var echo = await MeasureAsync(Scenario.Echo(), settings);
        var faq = await MeasureAsync(Scenario.Faq(), settings);
        var intake = await MeasureIntakeAsync(settings);

        md.Table(["scenario", "turns", "turns/s", "median ms", "p99 ms", "throughput ÷ echo", "note"],
            new[] { faq, intake, echo }.Select(r => (IReadOnlyList<string>)
            [
                r.Scenario, r.Turns.ToString(), r.Turns == 0 ? "–" : Markdown.Number(r.TurnsPerSecond), Markdown.Ms(r.Latencies.Median), Markdown.Ms(r.Latencies.P99),
                r.Turns == 0 ? "–" : Markdown.Number(r.TurnsPerSecond / echo.TurnsPerSecond, "0.00"), r.Note ?? "",
            ]));
        md.Line("");
        md.Line($"- (a)/(c) FAQ ÷ echo throughput: **{Markdown.Number(faq.TurnsPerSecond / echo.TurnsPerSecond, "0.00")}** (target ≥ 0.80)");
        md.Line($"- (b)/(c) intake ÷ echo throughput: **{(intake.Turns == 0 ? "not measured yet" : Markdown.Number(intake.TurnsPerSecond / echo.TurnsPerSecond, "0.00"))}** (target ≥ 0.60)");
        md.Line($"- polls that found no reply yet: {faq.EmptyPolls + intake.EmptyPolls + echo.EmptyPolls} (the POST returns after the turn, so the first poll sees the reply)");
    }

    private static async Task<LoadResult> MeasureAsync(Scenario scenario, LoadSettings settings)
    {
        await using var server = await BenchServer.StartAsync(scenario.Register);
        return await LoadDriver.RunAsync(server, scenario, settings);
    }

    private static async Task<LoadResult> MeasureIntakeAsync(LoadSettings settings)
    {
        var intake = Scenario.Intake();
        await using var server = await BenchServer.StartAsync(intake.Register);
        var (runnable, note) = await IntakeProbe.CheckAsync(server, intake);
        return runnable is null
            ? new LoadResult(intake.Name, 0, settings.Measured, new Latencies(), 0, note)
            : await LoadDriver.RunAsync(server, runnable, settings, note);
    }
}
