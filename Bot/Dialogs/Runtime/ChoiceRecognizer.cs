using System.Globalization;
using Vivus.Advisor.Bot.Validation;
using Vivus.Advisor.Knowledge.Caching;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// Finds which offered choice a message means: by its number, its value or a synonym (ignoring case and
/// accents), or by a part of them that fits exactly one choice.
/// </summary>
public static class ChoiceRecognizer
{
    private const int MinimumPartialLength = 3;

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var folded = TextFolding.Fold(text).TrimEnd('.');
        if (folded.Length == 0)
        {
            return null;
        }

        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? Found(choices, number - 1, 1) : null;
        }

        var terms = choices.Select(Terms).ToList();
        var exact = Matching(terms, choiceTerms => choiceTerms.Contains(folded));
        if (exact.Count == 1)
        {
            return Found(choices, exact[0], 1);
        }

        if (folded.Length < MinimumPartialLength)
        {
            return null;
        }
        var partial = Matching(terms, choiceTerms => choiceTerms.Any(term => StartsAWord(term, folded) || ContainsWords(folded, term)));
        return partial.Count == 1 ? Found(choices, partial[0], 0.5) : null;
    }

    private static List<int> Matching(List<List<string>> terms, Func<List<string>, bool> predicate) =>
        [.. terms.Select((choiceTerms, index) => (Terms: choiceTerms, Index: index))
            .Where(c => predicate(c.Terms))
            .Select(c => c.Index)];

    private static List<string> Terms(Choice choice) =>
        [.. new[] { choice.Value }.Concat(choice.Synonyms).Select(FoldedTerm).Where(t => t.Length > 0)];

    // Choices are the dialogs' own few words, asked about every time a prompt offers them.
    private static readonly BoundedCache<string> FoldedTerms = new(10_000);

    private static string FoldedTerm(string term) => FoldedTerms.GetOrAdd(term, TextFolding.Fold);

    // "przedłuż" fits "Przedłużenie terminu", but "dłuż" fits nothing: the typed part must start a word.
    private static bool StartsAWord(string term, string typed) =>
        $" {term}".Contains($" {typed}", StringComparison.Ordinal);

    // A whole choice inside a longer message, e.g. "chodzi o kontakt" for "kontakt".
    private static bool ContainsWords(string message, string term) =>
        $" {message} ".Contains($" {term} ", StringComparison.Ordinal);

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index, double score) =>
        new() { Value = choices[index].Value, Index = index, Score = score };
}
