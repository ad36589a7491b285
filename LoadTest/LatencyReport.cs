using System.Globalization;

namespace Vivus.Advisor.LoadTest;

/// <summary>Turn latencies gathered under load, summarized as throughput and percentiles.</summary>
public sealed class LatencyReport
{
    private readonly List<double> _milliseconds = [];
    private int _errors;

    public int Errors => Volatile.Read(ref _errors);

    public int Turns
    {
        get
        {
            lock (_milliseconds)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan latency)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public void AddError() => Interlocked.Increment(ref _errors);

    public double Percentile(double p)
    {
        lock (_milliseconds)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }
            var sorted = _milliseconds.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }

    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"turns {Turns} in {elapsed.TotalSeconds:F1} s = {Turns / elapsed.TotalSeconds:F1} turns/s; " +
        $"latency median {Percentile(50):F0} ms, p99 {Percentile(99):F0} ms; errors {Errors}");
}
