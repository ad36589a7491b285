namespace Vivus.Advisor.Knowledge.Faq.Corpus;

/// <summary>Finds the mistakes an editor can make in the corpus, one readable message per problem.</summary>
public static class FaqCorpusChecker
{
    public const int MinQuestions = 4;

    public static IReadOnlyList<string> Check(FaqCorpus corpus)
    {
        var problems = new List<string>();
        var ids = corpus.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in corpus.Entries.Where(e => e.Id != "").GroupBy(e => e.Id).Where(g => g.Count() > 1))
            problems.Add($"duplicate id '{group.Key}' in {string.Join(", ", group.Select(e => e.SourceFile))}");
        foreach (var entry in corpus.Entries)
            problems.AddRange(CheckEntry(entry, ids).Select(p => $"{entry.SourceFile}: entry '{entry.Id}': {p}"));
        problems.AddRange(SharedQuestions(corpus));
        return problems;
    }

    private static IEnumerable<string> CheckEntry(FaqEntry entry, HashSet<string> ids)
    {
        if (entry.Id == "")
            yield return "missing id";
        if (entry.Category == "")
            yield return "missing category";
        if (entry.Title.Pl == "" || entry.Title.En == "")
            yield return "title needs both pl and en";
        if (entry.Answer.Pl == "")
            yield return "empty Polish answer";
        if (entry.Answer.En == "")
            yield return "empty English answer";
        var questions = entry.AllQuestions.ToList();
        if (questions.Count < MinQuestions)
            yield return $"has {questions.Count} questions, needs at least {MinQuestions}";
        if (questions.Any(q => q == ""))
            yield return "empty question";
        foreach (var followUp in entry.FollowUps.Where(f => !ids.Contains(f)))
            yield return $"follow-up '{followUp}' is not an entry id";
        foreach (var name in AnswerPlaceholders.Unknown(entry.Answer.Pl + entry.Answer.En))
            yield return $"unknown placeholder {{{name}}}; known: {string.Join(", ", AnswerPlaceholders.Known)}";
    }

    private static IEnumerable<string> SharedQuestions(FaqCorpus corpus) =>
        corpus.Entries
            .SelectMany(e => e.AllQuestions.Where(q => q != "").Select(q => (Question: Normalize(q), Entry: $"{e.Id} ({e.SourceFile})")))
            .GroupBy(x => x.Question)
            .Select(g => (g.Key, Ids: g.Select(x => x.Entry).Distinct().ToList()))
            .Where(g => g.Ids.Count > 1)
            .Select(g => $"question '{g.Key}' appears under several entries: {string.Join(", ", g.Ids)}");

    private static string Normalize(string question) =>
        string.Join(' ', question.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!');
}
