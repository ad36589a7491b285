using System.Buffers;

namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>
/// Counts a text's words that sets of lower-case words hold, without splitting the text into strings: the language and
/// institution checks run on every question. Several sets are counted in one pass over the words.
/// </summary>
internal sealed class KnownWords
{
    // No word of a set is longer; a longer word cannot be in it.
    private const int MaxWordLength = 64;

    // Each word's sets, one bit per set.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly SearchValues<char> _separators;

    public KnownWords(IEnumerable<string> words, string separators) : this([words], separators)
    {
    }

    public KnownWords(IReadOnlyList<IEnumerable<string>> sets, string separators)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var set = 0; set < sets.Count; set++)
        {
            foreach (var word in sets[set])
                words[word] = words.GetValueOrDefault(word) | (1 << set);
        }
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _separators = SearchValues.Create(separators);
    }

    /// <summary>The words of the text the first set holds.</summary>
    public int CountIn(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[1];
        Tally(text, counts);
        return counts[0];
    }

    /// <summary>Adds to counts[i] the words of the text that set i holds.</summary>
    public void Tally(ReadOnlySpan<char> text, Span<int> counts)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny(_separators);
            var word = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (word.Length is > 0 and <= MaxWordLength && _words.TryGetValue(lower[..word.ToLowerInvariant(lower)], out var sets))
            {
                for (var set = 0; set < counts.Length; set++)
                    counts[set] += (sets >> set) & 1;
            }
        }
    }
}
