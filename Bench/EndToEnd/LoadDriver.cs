using System.Diagnostics;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>How much load, for how long.</summary>
/// <param name="WarmUp">Unmeasured start of every round: its conversations open and the server gets going.</param>
/// <param name="JitWarmUp">The least unmeasured load per server before its first round (see <see cref="JitWarmUp"/>).</param>
public sealed record LoadSettings(int Conversations, TimeSpan WarmUp, TimeSpan Measured, TimeSpan JitWarmUp);

/// <summary>Turns completed inside the measured window and their latencies; or why the scenario was not measured.</summary>
/// <param name="Usage">The whole process's CPU time and garbage collections (server and client) over the measured window.</param>
public sealed record LoadResult(string Scenario, int Turns, TimeSpan Window, Latencies Latencies, int EmptyPolls, string? Note, ProcessUsage Usage)
{
    public double TurnsPerSecond => Turns / Window.TotalSeconds;

    public double CpuMsPerTurn => Turns == 0 ? 0 : Usage.Cpu.TotalMilliseconds / Turns;

    /// <summary>Collections per 1,000 turns, "gen0 / gen1 / gen2", and the share of the window the process was paused for them.</summary>
    public string Collections => Turns == 0
        ? "–"
        : $"{Per1000(Usage.Gen0)} / {Per1000(Usage.Gen1)} / {Per1000(Usage.Gen2)}; paused {Usage.GcPause / Window:0.0%}";

    private string Per1000(int count) => Markdown.Number(count * 1000.0 / Turns, "0.0");
}

/// <summary>
/// Many concurrent scripted customers over real HTTP: each turn posts a message and polls until the reply is
/// visible; after the warm-up, turns that finish inside the window count towards throughput and latency.
/// </summary>
public static class LoadDriver
{
    public static async Task<LoadResult> RunAsync(BenchServer server, Scenario scenario, LoadSettings settings, string? note = null)
    {
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var windowStart = settings.WarmUp;
        var windowEnd = settings.WarmUp + settings.Measured;
        var workers = Enumerable.Range(0, settings.Conversations)
            .Select(i => Task.Run(() => ConverseAsync(server.Client, scenario, i, clock, windowStart, windowEnd, stop.Token)))
            .ToArray();
        var usage = await UsageOverWindowAsync(clock, windowStart, windowEnd);
        var results = await Task.WhenAll(workers);

        var latencies = new Latencies();
        foreach (var (worker, _) in results)
            latencies.AddRange(worker);
        return new LoadResult(scenario.Name, latencies.Count, settings.Measured, latencies, results.Sum(r => r.EmptyPolls), note, usage);
    }

    private static async Task<ProcessUsage> UsageOverWindowAsync(Stopwatch clock, TimeSpan windowStart, TimeSpan windowEnd)
    {
        await Task.Delay(Max(windowStart - clock.Elapsed));
        var before = ProcessUsage.Now();
        await Task.Delay(Max(windowEnd - clock.Elapsed));
        return ProcessUsage.Now() - before;

        static TimeSpan Max(TimeSpan wait) => wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static async Task<(Latencies Latencies, int EmptyPolls)> ConverseAsync(
        HttpClient http, Scenario scenario, int index, Stopwatch clock, TimeSpan windowStart, TimeSpan windowEnd, CancellationToken cancellationToken)
    {
        var latencies = new Latencies();
        var emptyPolls = 0;
        var session = await DirectLineSession.StartAsync(http, cancellationToken);
        var step = scenario.StaggerStart ? index * 7 % scenario.Script.Count : 0;
        while (clock.Elapsed < windowEnd)
        {
            var started = clock.Elapsed;
            await session.TurnAsync(scenario.Script[step].Message, cancellationToken);
            var finished = clock.Elapsed;
            if (started >= windowStart && finished <= windowEnd)
                latencies.Add((finished - started).TotalMilliseconds);
            step = (step + 1) % scenario.Script.Count;
            if (step == 0 && scenario.NewConversationEachRun)
            {
                emptyPolls += session.EmptyPolls;
                session = await DirectLineSession.StartAsync(http, cancellationToken);
            }
        }
        return (latencies, emptyPolls + session.EmptyPolls);
    }
}
