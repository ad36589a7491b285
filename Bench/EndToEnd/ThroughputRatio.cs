namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// A scenario's throughput over the echo's in an interleaved run: the ratio of the mean throughputs over the cycles, and a
/// 95 % interval for it (the ratio estimator's standard error, Student's t), so that a report tells a target met or missed
/// beyond the spread of the cycles from one that only a lucky run meets. The mean of per-cycle ratios would overstate it:
/// a slow echo slice makes a ratio larger by more than a fast one makes it smaller.
/// </summary>
public readonly record struct ThroughputRatio(double Ratio, double Low, double High)
{
    public static ThroughputRatio Of(IReadOnlyList<Slice> scenario, IReadOnlyList<Slice> echo)
    {
        var pairs = scenario.Zip(echo, (s, e) => (S: s.TurnsPerSecond, E: e.TurnsPerSecond)).ToArray();
        var meanEcho = pairs.Average(p => p.E);
        var ratio = pairs.Average(p => p.S) / meanEcho;
        if (pairs.Length < 2)
            return new(ratio, double.NaN, double.NaN);
        var residuals = pairs.Sum(p => (p.S - ratio * p.E) * (p.S - ratio * p.E));
        var half = StudentT975(pairs.Length - 1) * Math.Sqrt(residuals / (pairs.Length * (pairs.Length - 1.0))) / meanEcho;
        return new(ratio, ratio - half, ratio + half);
    }

    public override string ToString() =>
        double.IsNaN(Low) ? Markdown.Number(Ratio, "0.000") : $"{Markdown.Number(Ratio, "0.000")} ({Markdown.Number(Low, "0.000")}–{Markdown.Number(High, "0.000")})";

    // The 97.5 % quantile of Student's t: from its table up to six degrees of freedom, beyond them its Cornish–Fisher
    // expansion around the normal's, within 0.01 of the table from seven up.
    private static double StudentT975(int degrees)
    {
        const double z = 1.959964;
        return degrees switch
        {
            1 => 12.706,
            2 => 4.303,
            3 => 3.182,
            4 => 2.776,
            5 => 2.571,
            6 => 2.447,
            _ => z + (Math.Pow(z, 3) + z) / (4.0 * degrees) + (5 * Math.Pow(z, 5) + 16 * Math.Pow(z, 3) + 3 * z) / (96.0 * degrees * degrees),
        };
    }
}
