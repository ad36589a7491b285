using System.Diagnostics;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>What the whole process (server and client) spent over a window: CPU time, garbage collections and their pauses.</summary>
public readonly record struct ProcessUsage(TimeSpan Cpu, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public static ProcessUsage Now() => new(
        Process.GetCurrentProcess().TotalProcessorTime, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static ProcessUsage operator -(ProcessUsage after, ProcessUsage before) => new(
        after.Cpu - before.Cpu, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.GcPause - before.GcPause);

    public static ProcessUsage operator +(ProcessUsage a, ProcessUsage b) => new(
        a.Cpu + b.Cpu, a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.GcPause + b.GcPause);
}
