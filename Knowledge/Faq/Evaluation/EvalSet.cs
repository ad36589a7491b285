namespace Vivus.Advisor.Knowledge.Faq.Evaluation;

/// <summary>
/// Reads the labelled set: "question TAB expected-id" per line, "-" as the id for out-of-domain questions,
/// "#" starts a comment line.
/// </summary>
public static class EvalSet
{
    public const string NoAnswer = "-";

    /// <summary>The set shipped with the corpus, copied beside the assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Evaluation", "eval-set.tsv");

    public static IReadOnlyList<EvalCase> Load(string path) => Parse(File.ReadAllLines(path));

    public static IReadOnlyList<EvalCase> Parse(IReadOnlyList<string> lines)
    {
        var cases = new List<EvalCase>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Trim() == "" || parts[1].Trim() == "")
                throw new FormatException($"line {i + 1}: expected 'question<TAB>id' or 'question<TAB>-': {line}");
            var expected = parts[1].Trim();
            cases.Add(new EvalCase(parts[0].Trim(), expected == NoAnswer ? null : expected, i + 1));
        }
        return cases;
    }
}
