using System.Diagnostics;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>How much load, for how long.</summary>
/// <param name="WarmUp">Unmeasured start of every round: its conversations open and the server gets going.</param>
/// <param name="JitWarmUp">The least unmeasured load per server before its first round (see <see cref="JitWarmUp"/>).</param>
public sealed record LoadSettings(int Conversations, TimeSpan WarmUp, TimeSpan Measured, TimeSpan JitWarmUp);

/// <summary>Turns completed inside the measured window and their latencies; or why the scenario was not measured.</summary>
/// <param name="Cpu">The whole process's CPU time (server and client) over the measured window.</param>
public sealed record LoadResult(string Scenario, int Turns, TimeSpan Window, Latencies Latencies, int EmptyPolls, string? Note, TimeSpan Cpu)
{
    public double TurnsPerSecond => Turns / Window.TotalSeconds;

    public double CpuMsPerTurn => Turns == 0 ? 0 : Cpu.TotalMilliseconds / Turns;
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
        var cpu = await CpuOverWindowAsync(clock, windowStart, windowEnd);
        var results = await Task.WhenAll(workers);

        var latencies = new Latencies();
        foreach (var (worker, _) in results)
            latencies.AddRange(worker);
        return new LoadResult(scenario.Name, latencies.Count, settings.Measured, latencies, results.Sum(r => r.EmptyPolls), note, cpu);
    }

    private static async Task<TimeSpan> CpuOverWindowAsync(Stopwatch clock, TimeSpan windowStart, TimeSpan windowEnd)
    {
        await Task.Delay(Max(windowStart - clock.Elapsed));
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(Max(windowEnd - clock.Elapsed));
        return Process.GetCurrentProcess().TotalProcessorTime - before;

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
