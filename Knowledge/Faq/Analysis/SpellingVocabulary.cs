using Vivus.Advisor.Knowledge.Caching;
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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly Dictionary<(char First, int Length), string[]> _byFirstLetterAndLength;
    // An unknown word is compared with every corpus word of about its length and first letter: done once per word.
    private readonly BoundedCache<string> _corrections = new(100_000);

    public SpellingVocabulary(IEnumerable<string> words)
    {
        _words = words.ToHashSet(StringComparer.Ordinal);
        _known = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstLetterAndLength = _words.Where(w => w.Length >= MinLength - 1)
            .GroupBy(w => (w[0], w.Length))
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public int Count => _words.Count;

    public IEnumerable<string> Words => _words;

    /// <summary>The corpus word to put in place of an unknown one; null to keep the word as it is.</summary>
    public string? Correction(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || _known.Contains(word))
            return null;
        var corrected = _corrections.GetOrAdd(word.ToString(), Closest);
        return word.SequenceEqual(corrected) ? null : corrected;
    }

    private string Closest(string word)
    {
        var maxEdits = FuzzyTermMatch.MaxEdits(word);
        string? best = null;
        var bestDistance = int.MaxValue;
        // Only words whose length differs by at most maxEdits can be close enough; of equally close words the first in
        // ordinal order wins.
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            if (!_byFirstLetterAndLength.TryGetValue((word[0], length), out var candidates))
                continue;
            foreach (var candidate in candidates)
            {
                var distance = FuzzyTermMatch.Distance(word, candidate, maxEdits);
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                    (best, bestDistance) = (candidate, distance);
            }
        }
        return bestDistance <= maxEdits ? best! : word;
    }
}
