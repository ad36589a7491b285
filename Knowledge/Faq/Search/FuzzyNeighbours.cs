namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>
/// The index's words within a query term's typo tolerance (<see cref="FuzzyTermMatch"/>). The confidence measure asks,
/// for every candidate entry, whether the entry holds such a word; <see cref="FaqSearch"/> finds them once per term and
/// keeps which entries hold them.
/// </summary>
public sealed class FuzzyNeighbours(IEnumerable<string> vocabulary)
{
    // Fuzzy matches share the first letter, so only words starting with the term's letter are compared.
    private readonly Dictionary<char, string[]> _wordsByFirstLetter = vocabulary
        .Where(word => word.Length > 0)
        .GroupBy(word => word[0])
        .ToDictionary(group => group.Key, group => group.ToArray());

    public string[] Of(string term) =>
        FuzzyTermMatch.MaxEdits(term) > 0 && _wordsByFirstLetter.TryGetValue(term[0], out var words)
            ? Array.FindAll(words, word => FuzzyTermMatch.Matches(term, word))
            : [];
}
