namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>The three scenarios side by side, each on a fresh app, and the ratios to the echo baseline.</summary>
public static class EndToEndRun
{
    /// <param name="rounds">The measured time is split into this many rounds taken in turn by the scenarios, so a neighbour's build slows all alike.</param>
    /// <param name="only">"faq", "intake" or "echo": that scenario alone (e.g. under dotnet-trace), no ratios.</param>
    public static async Task RunAsync(Markdown md, LoadSettings settings, int rounds, string? only = null)
    {
        if (only is not null)
        {
            await RunAloneAsync(md, settings, only);
            return;
        }
        md.Heading($"End to end through Direct Line: {settings.Conversations} concurrent conversations, {settings.WarmUp.TotalSeconds:0} s warm-up per round, " +
            $"{settings.Measured.TotalSeconds:0} s measured per scenario in {rounds} alternating rounds");
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
        if (runnableIntake is not null)
            warmUps.Add($"intake {(await JitWarmUp.RunAsync(intakeServer, runnableIntake, settings)).TotalSeconds:0} s");

        var round = settings with { Measured = settings.Measured / rounds };
        var echo = new List<LoadResult>();
        var faq = new List<LoadResult>();
        var intake = new List<LoadResult>();
        List<Func<Task>> scenarios =
        [
            async () => echo.Add(await LoadDriver.RunAsync(echoServer, echoScenario, round)),
            async () => faq.Add(await LoadDriver.RunAsync(faqServer, faqScenario, round)),
        ];
        if (runnableIntake is not null)
            scenarios.Add(async () => intake.Add(await LoadDriver.RunAsync(intakeServer, runnableIntake, round, intakeNote)));
        for (var i = 0; i < rounds; i++)
        {
            // Every round warms up again: its conversations start (welcome turns) and the switched-to server gets going.
            // Every other round runs the scenarios in reverse, so a machine speeding up or slowing down favours none of them.
            foreach (var run in i % 2 == 0 ? scenarios : Enumerable.Reverse(scenarios))
                await run();
        }
        var echoTotal = Combine(echoScenario.Name, echo, null);
        var faqTotal = Combine(faqScenario.Name, faq, null);
        var intakeTotal = Combine(intakeScenario.Name, intake, intakeNote);

        md.Table(["scenario", "turns", "turns/s", "median ms", "p99 ms", "CPU ms per turn", "GCs per 1,000 turns (gen0 / 1 / 2)", "throughput ÷ echo", "note"],
            new[] { faqTotal, intakeTotal, echoTotal }.Select(r => (IReadOnlyList<string>)
            [
                r.Scenario, r.Turns.ToString(), r.Turns == 0 ? "–" : Markdown.Number(r.TurnsPerSecond), Markdown.Ms(r.Latencies.Median), Markdown.Ms(r.Latencies.P99),
                r.Turns == 0 ? "–" : Markdown.Number(r.CpuMsPerTurn, "0.000"), r.Collections, r.Turns == 0 ? "–" : Markdown.Number(r.TurnsPerSecond / echoTotal.TurnsPerSecond, "0.00"), r.Note ?? "",
            ]));
        md.Line("");
        md.Line($"- (a)/(c) FAQ ÷ echo throughput: **{Markdown.Number(faqTotal.TurnsPerSecond / echoTotal.TurnsPerSecond, "0.00")}** (target ≥ 0.80)");
        md.Line($"- (b)/(c) intake ÷ echo throughput: **{(intakeTotal.Turns == 0 ? "not measured yet" : Markdown.Number(intakeTotal.TurnsPerSecond / echoTotal.TurnsPerSecond, "0.00"))}** (target ≥ 0.60)");
        md.Line($"- per round (turns/s, echo / FAQ{(intake.Count > 0 ? " / intake" : "")}): " + string.Join("; ", Enumerable.Range(0, rounds).Select(i =>
            string.Join(" / ", new[] { echo, faq, intake }.Where(r => r.Count > i).Select(r => Markdown.Number(r[i].TurnsPerSecond, "0"))))));
        md.Line("- throughput ÷ echo per round, FAQ / intake: " + string.Join("; ", Enumerable.Range(0, rounds).Select(i =>
            string.Join(" / ", new[] { faq, intake }.Where(r => r.Count > i).Select(r => Markdown.Number(r[i].TurnsPerSecond / echo[i].TurnsPerSecond, "0.00"))))));
        md.Line($"- mean of the rounds' ratios with a 95 % interval, FAQ / intake: {RoundRatios.Of(faq, echo)}"
            + (intake.Count > 0 ? $" / {RoundRatios.Of(intake, echo)}" : ""));
        md.Line($"- unmeasured load per server first, until the JIT compiled fewer than 25 methods in 2 s (at least {settings.JitWarmUp.TotalSeconds:0} s): {string.Join(", ", warmUps)}");
        md.Line($"- polls that found no reply yet: {faqTotal.EmptyPolls + intakeTotal.EmptyPolls + echoTotal.EmptyPolls} (the POST returns after the turn, so the first poll sees the reply)");
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

    private static LoadResult Combine(string scenario, List<LoadResult> rounds, string? note)
    {
        var latencies = new Latencies();
        foreach (var round in rounds)
            latencies.AddRange(round.Latencies);
        var window = rounds.Count == 0 ? TimeSpan.FromSeconds(1) : rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Window);
        return new LoadResult(scenario, rounds.Sum(r => r.Turns), window, latencies, rounds.Sum(r => r.EmptyPolls), note, rounds.Aggregate(default(ProcessUsage), (sum, r) => sum + r.Usage));
    }
}
