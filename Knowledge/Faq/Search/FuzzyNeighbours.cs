using System.Collections.Concurrent;

namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>
/// The index's words within a query term's typo tolerance (<see cref="FuzzyTermMatch"/>). The confidence measure asks,
/// for every candidate entry, whether the entry holds such a word; finding them once per term, not once per entry and
/// term, spares each search most of its edit distances.
/// </summary>
public sealed class FuzzyNeighbours(IEnumerable<string> vocabulary)
{
    // Customers' typos are endless; past this many terms a term's neighbours are simply looked up each time.
    private const int MaxCachedTerms = 200_000;

    // Fuzzy matches share the first letter, so only words starting with the term's letter are compared.
    private readonly Dictionary<char, string[]> _wordsByFirstLetter = vocabulary
        .Where(word => word.Length > 0)
        .GroupBy(word => word[0])
        .ToDictionary(group => group.Key, group => group.ToArray());

    private readonly ConcurrentDictionary<string, string[]> _neighbours = new(StringComparer.Ordinal);

    public string[] Of(string term)
    {
        if (_neighbours.TryGetValue(term, out var known))
            return known;
        var found = FuzzyTermMatch.MaxEdits(term) > 0 && _wordsByFirstLetter.TryGetValue(term[0], out var words)
            ? Array.FindAll(words, word => FuzzyTermMatch.Matches(term, word))
            : [];
        if (_neighbours.Count < MaxCachedTerms)
            _neighbours.TryAdd(term, found);
        return found;
    }
}
