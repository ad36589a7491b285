using System.Buffers;

namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>
/// Counts a text's words that a set of lower-case words holds, without splitting the text into strings: the language
/// and institution checks run on every question.
/// </summary>
internal sealed class KnownWords(IEnumerable<string> words, string separators)
{
    // No word of a set is longer; a longer word cannot be in it.
    private const int MaxWordLength = 64;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly SearchValues<char> _separators = SearchValues.Create(separators);

    public int CountIn(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        var count = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny(_separators);
            var word = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (word.Length is > 0 and <= MaxWordLength && _words.Contains(lower[..word.ToLowerInvariant(lower)]))
                count++;
        }
        return count;
    }
}
