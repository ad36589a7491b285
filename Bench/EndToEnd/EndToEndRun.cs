namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>The three scenarios side by side, each on a fresh app, and the ratios to the echo baseline.</summary>
public static class EndToEndRun
{
    /// <param name="slice">How long each scenario runs at a time before the next takes over (see <see cref="InterleavedLoad"/>).</param>
    /// <param name="only">"faq", "intake" or "echo": that scenario alone (e.g. under dotnet-trace), no ratios.</param>
    public static async Task RunAsync(Markdown md, LoadSettings settings, TimeSpan slice, string? only = null)
    {
        if (only is not null)
        {
            await RunAloneAsync(md, settings, only);
            return;
        }
        var cycles = (int)Math.Ceiling(settings.Measured / slice);
        md.Heading($"End to end through Direct Line: {settings.Conversations} concurrent conversations per scenario, " +
            $"{settings.Measured.TotalSeconds:0} s per scenario in {cycles} interleaved slices of {slice.TotalMilliseconds:0} ms");
        var echoScenario = Scenario.Echo();
        var faqScenario = Scenario.Faq();
        var intakeScenario = Scenario.Intake();
        await using var echoServer = await BenchServer.StartAsync(echoScenario.Register);
        await using var faqServer = await BenchServer.StartAsync(faqScenario.Register);
        await using var intakeServer = await BenchServer.StartAsync(intakeScenario.Register);
        var (runnableIntake, intakeNote) = await IntakeProbe.CheckAsync(intakeServer, intakeScenario);

        var warmUps = new List<string>
        {
            $"echo {(await JitWarmUp.RunAsync(echoServer, echoScenario, settings)).TotalSeconds:0} s",
            $"FAQ {(await JitWarmUp.RunAsync(faqServer, faqScenario, settings)).TotalSeconds:0} s",
        };
        List<(BenchServer, Scenario)> scenarios = [(echoServer, echoScenario), (faqServer, faqScenario)];
        if (runnableIntake is not null)
        {
            warmUps.Add($"intake {(await JitWarmUp.RunAsync(intakeServer, runnableIntake, settings)).TotalSeconds:0} s");
            scenarios.Add((intakeServer, runnableIntake));
        }

        var runs = await InterleavedLoad.RunAsync(scenarios, settings.Conversations, slice, cycles);
        var intakeRun = runs.Length > 2 ? runs[2] : ([], new(), 0);
        var (echo, faq, intake) = (runs[0].Slices, runs[1].Slices, intakeRun.Slices);
        var echoTotal = Combine(echoScenario.Name, runs[0], null);
        var faqTotal = Combine(faqScenario.Name, runs[1], null);
        var intakeTotal = Combine(intakeScenario.Name, intakeRun, intakeNote);

        md.Table(["scenario", "turns", "turns/s", "median ms", "p99 ms", "CPU ms per turn", "GCs per 1,000 turns (gen0 / 1 / 2)", "throughput ÷ echo", "note"],
            new[] { faqTotal, intakeTotal, echoTotal }.Select(r => (IReadOnlyList<string>)
            [
                r.Scenario, r.Turns.ToString(), r.Turns == 0 ? "–" : Markdown.Number(r.TurnsPerSecond), Markdown.Ms(r.Latencies.Median), Markdown.Ms(r.Latencies.P99),
                r.Turns == 0 ? "–" : Markdown.Number(r.CpuMsPerTurn, "0.000"), r.Collections, r.Turns == 0 ? "–" : Markdown.Number(r.TurnsPerSecond / echoTotal.TurnsPerSecond, "0.000"), r.Note ?? "",
            ]));
        md.Line("");
        md.Line($"- (a)/(c) FAQ ÷ echo throughput, with a 95 % interval over the cycles: **{ThroughputRatio.Of(faq, echo)}** (target ≥ 0.80)");
        md.Line($"- (b)/(c) intake ÷ echo throughput: **{(intake.Count == 0 ? "not measured yet" : ThroughputRatio.Of(intake, echo).ToString())}** (target ≥ 0.60)");
        md.Line($"- the echo's throughput from slice to slice: {Spread(echo)}; the machine's speed drifts within seconds, which is why the slices are short");
        md.Line($"- unmeasured load per server first, until the JIT compiled fewer than 25 methods in 2 s (at least {settings.JitWarmUp.TotalSeconds:0} s): {string.Join(", ", warmUps)}");
        md.Line($"- polls that found no reply yet: {faqTotal.EmptyPolls + intakeTotal.EmptyPolls + echoTotal.EmptyPolls} (the POST returns after the turn, so the first poll sees the reply)");
    }

    private static string Spread(List<Slice> slices)
    {
        var rates = slices.Select(s => s.TurnsPerSecond).Order().ToArray();
        return $"{Markdown.Number(rates[rates.Length / 10], "0")}–{Markdown.Number(rates[rates.Length * 9 / 10], "0")} turns/s (10th–90th percentile)";
    }

    private static async Task RunAloneAsync(Markdown md, LoadSettings settings, string only)
    {
        var scenario = Scenario.All(only)[0];
        await using var server = await BenchServer.StartAsync(scenario.Register);
        var (runnable, note) = only == "intake" ? await IntakeProbe.CheckAsync(server, scenario) : (scenario, null);
        if (runnable is null)
        {
            md.Line($"{scenario.Name}: {note}");
            return;
        }
        await JitWarmUp.RunAsync(server, runnable, settings);
        Console.Error.WriteLine($"bench pid {Environment.ProcessId}: {scenario.Name} under load for {settings.Measured.TotalSeconds:0} s");
        var result = await LoadDriver.RunAsync(server, runnable, settings, note);
        md.Heading($"{scenario.Name} alone: {settings.Conversations} concurrent conversations, {settings.Measured.TotalSeconds:0} s");
        md.Table(["scenario", "turns", "turns/s", "median ms", "p99 ms", "CPU ms per turn", "GCs per 1,000 turns (gen0 / 1 / 2)"],
            [[result.Scenario, result.Turns.ToString(), Markdown.Number(result.TurnsPerSecond), Markdown.Ms(result.Latencies.Median), Markdown.Ms(result.Latencies.P99),
                Markdown.Number(result.CpuMsPerTurn, "0.000"), result.Collections]]);
    }

    private static LoadResult Combine(string scenario, (List<Slice> Slices, Latencies Latencies, int EmptyPolls) run, string? note) =>
        new(scenario, run.Slices.Sum(s => s.Turns), run.Slices.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Window), run.Latencies, run.EmptyPolls, note,
            run.Slices.Aggregate(default(ProcessUsage), (sum, s) => sum + s.Usage));
}
