using System.Collections.Concurrent;
using System.Diagnostics;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>Time spent per named stage of a turn, collected from the decorators of a diagnostic run.</summary>
public sealed class StageClock
{
    private readonly ConcurrentDictionary<string, Latencies> _stages = new();

    public bool Recording { get; set; }

    public void Record(string stage, long startTimestamp)
    {
        if (!Recording)
            return;
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        var samples = _stages.GetOrAdd(stage, _ => new Latencies());
        lock (samples)
            samples.Add(elapsed);
    }

    public Latencies? this[string stage] => _stages.GetValueOrDefault(stage);
}
