namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// A scenario's throughput over the echo's, round by round: the mean and a 95 % interval for it (Student's t), so that a
/// report tells a target met or missed beyond the spread of its rounds from one that only a lucky run meets.
/// </summary>
public readonly record struct RoundRatios(double Mean, double Low, double High)
{
    public static RoundRatios Of(IReadOnlyList<LoadResult> scenario, IReadOnlyList<LoadResult> echo)
    {
        var ratios = scenario.Zip(echo, (s, e) => s.TurnsPerSecond / e.TurnsPerSecond).ToArray();
        var mean = ratios.Average();
        if (ratios.Length < 2)
            return new(mean, double.NaN, double.NaN);
        var variance = ratios.Sum(r => (r - mean) * (r - mean)) / (ratios.Length - 1);
        var half = StudentT975(ratios.Length - 1) * Math.Sqrt(variance / ratios.Length);
        return new(mean, mean - half, mean + half);
    }

    public override string ToString() =>
        double.IsNaN(Low) ? Markdown.Number(Mean, "0.00") : $"{Markdown.Number(Mean, "0.00")} ({Markdown.Number(Low, "0.00")}–{Markdown.Number(High, "0.00")})";

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
