namespace Vivus.Advisor.Knowledge.Faq.Evaluation;

/// <summary>
/// Grows a corpus with generated Polish-looking entries, for measuring search latency at scale only.
/// Deterministic, so runs are comparable.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Syllables =
        ["ka", "po", "wy", "ra", "ni", "sto", "mle", "zu", "dro", "ga", "le", "pi", "sza", "tro", "bie", "na", "wo", "chu", "ze", "ry"];

    public static IReadOnlyList<FaqEntry> Grow(IReadOnlyList<FaqEntry> real, int totalEntries, int seed = 42)
    {
        var random = new Random(seed);
        var entries = real.ToList();
        for (var i = 0; entries.Count < totalEntries; i++)
        {
            var questions = Enumerable.Range(0, 5).Select(_ => Sentence(random)).ToList();
            entries.Add(new FaqEntry($"synthetic-{i}", "synthetic", new LocalizedText(questions[0], questions[0]),
                questions, [], new LocalizedText("-", "-"), [], false, "synthetic"));
        }
        return entries;
    }

    private static string Sentence(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Word(random)));

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));
}
