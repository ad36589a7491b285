using System.Runtime;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// Unmeasured load on a server until the JIT has settled. Tiered compilation keeps recompiling hot methods for a long time
/// on two busy cores, and a scenario that touches much code (the advisor: Lucene, dialogs, Json.NET) settles much later
/// than the echo: a fixed 10 s left the FAQ scenario's measured rounds spending 8 % of the CPU in the JIT.
/// </summary>
public static class JitWarmUp
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(90);

    // Methods compiled in one step below which the JIT counts as settled (the load itself compiles a few now and then).
    private const int SettledBelow = 25;

    /// <returns>How long the server was warmed up.</returns>
    public static async Task<TimeSpan> RunAsync(BenchServer server, Scenario scenario, LoadSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var step = settings with { WarmUp = TimeSpan.Zero, Measured = Step };
        while (clock.Elapsed < Longest)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await LoadDriver.RunAsync(server, scenario, step);
            if (clock.Elapsed >= settings.JitWarmUp && JitInfo.GetCompiledMethodCount() - compiled < SettledBelow)
                break;
        }
        return clock.Elapsed;
    }
}
