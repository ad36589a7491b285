using System.Globalization;

namespace Vivus.Advisor.Bench;

/// <summary>Writes results as markdown tables, ready to paste into the README.</summary>
public sealed class Markdown(TextWriter output)
{
    public void Heading(string text)
    {
        output.WriteLine();
        output.WriteLine($"### {text}");
        output.WriteLine();
    }

    public void Line(string text) => output.WriteLine(text);

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        output.WriteLine("| " + string.Join(" | ", header) + " |");
        output.WriteLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
            output.WriteLine("| " + string.Join(" | ", row) + " |");
        output.Flush();
    }

    public static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.0") => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
