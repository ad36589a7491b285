namespace Vivus.Advisor.Bench;

/// <summary>Samples in milliseconds and the order statistics the tables report.</summary>
public sealed class Latencies
{
    private readonly List<double> _samples = [];
    private bool _sorted;

    public int Count => _samples.Count;

    public double Sum { get; private set; }

    public void Add(double milliseconds)
    {
        _samples.Add(milliseconds);
        Sum += milliseconds;
        _sorted = false;
    }

    public void AddRange(Latencies other)
    {
        foreach (var sample in other._samples)
            Add(sample);
    }

    public double Median => Percentile(0.5);

    public double P99 => Percentile(0.99);

    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (Count == 0)
            return double.NaN;
        if (!_sorted)
        {
            _samples.Sort();
            _sorted = true;
        }
        var rank = (int)Math.Ceiling(p * Count) - 1;
        return _samples[Math.Clamp(rank, 0, Count - 1)];
    }
}
