using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>
/// The corpus's own words (folded, before stemming). A customer's word the corpus does not know is replaced by the
/// closest corpus word within the typo tolerance, so "zalogowc" becomes "zalogowac" before the stemmer sees it.
/// </summary>
public sealed class SpellingVocabulary
{
    private const int MinLength = 5;
    private readonly HashSet<string> _words;
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public SpellingVocabulary(IEnumerable<string> words)
    {
        _words = words.ToHashSet(StringComparer.Ordinal);
        _byFirstLetter = _words.Where(w => w.Length >= MinLength - 1)
            .GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public int Count => _words.Count;

    public string Correct(string word)
    {
        if (word.Length < MinLength || _words.Contains(word) || !_byFirstLetter.TryGetValue(word[0], out var candidates))
            return word;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = FuzzyTermMatch.Distance(word, candidate, FuzzyTermMatch.MaxEdits(word));
            if (distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        return bestDistance <= FuzzyTermMatch.MaxEdits(word) ? best! : word;
    }
}
