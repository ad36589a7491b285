namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>
/// <see cref="FaqAnalyzer"/>'s terms of a plain text — Latin and Polish letters, digits, spaces and common punctuation,
/// as nearly every question is typed — in one pass over its characters, exactly as the Lucene chain makes them: words
/// as UAX #29 splits them, lower case, folded, stop words dropped, then the same spelling, stemming and synonym steps.
/// The chain's code and tables are many times this one's; under load, when other requests have pushed them out of the
/// processor's caches, analysing a question cost more than the rest of its search. Any other character, or a word longer
/// than the tokenizer takes, leaves the text to the Lucene chain.
/// </summary>
internal sealed class PlainTextTerms
{
    // StandardTokenizer's default longest word; it drops longer ones.
    private const int MaxWordLength = 255;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        new HashSet<string>(FaqStopWords.Words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Kind : byte
    {
        Unsupported,
        Letter,
        Digit,
        Separator,
        // Word-break classes of UAX #29 that join two letters (MidLetter), two digits (MidNum) or either (MidNumLet).
        MidLetter,
        MidNum,
        MidNumLet,
    }

    private const int TableSize = 0x180;
    private static readonly Kind[] Kinds = BuildKinds();
    private static readonly char[] Folded = BuildFolded();

    private readonly SpellingVocabulary? _vocabulary;
    private readonly bool _stem;

    // Each stop word's and corpus word's term (null for a stop word), worked out once: a word was otherwise looked up among
    // the stop words, the vocabulary and the synonyms, three tables that other requests push out of the caches under load.
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>>? _knownTerms;

    public PlainTextTerms(SpellingVocabulary? vocabulary, bool stem)
    {
        _vocabulary = vocabulary;
        _stem = stem;
        if (vocabulary is not null)
        {
            var known = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var word in FaqStopWords.Words.Concat(vocabulary.Words).Where(w => w.Length <= MaxWordLength))
                known.TryAdd(word, TermOf(word));
            _knownTerms = known.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>Adds the text's terms and returns true; false, adding nothing, when the text is not plain.</summary>
    public bool TryAnalyze(ReadOnlySpan<char> text, List<string> terms)
    {
        if (!IsPlain(text))
            return false;
        var first = terms.Count;
        Span<char> word = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < text.Length)
        {
            var kind = Kinds[text[i]];
            if (kind is not (Kind.Letter or Kind.Digit))
            {
                i++;
                continue;
            }
            var length = 0;
            while (true)
            {
                if (length == MaxWordLength)
                {
                    terms.RemoveRange(first, terms.Count - first);
                    return false;
                }
                word[length++] = Folded[text[i++]];
                if (i == text.Length)
                    break;
                var next = Kinds[text[i]];
                if (next is Kind.Letter or Kind.Digit)
                {
                    kind = next;
                    continue;
                }
                if (i + 1 < text.Length && Joins(kind, next, Kinds[text[i + 1]]))
                {
                    if (length == MaxWordLength)
                    {
                        terms.RemoveRange(first, terms.Count - first);
                        return false;
                    }
                    word[length++] = text[i++];
                    kind = Kinds[text[i]];
                    continue;
                }
                break;
            }
            AddTerm(word[..length], terms);
        }
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= TableSize || Kinds[c] == Kind.Unsupported)
                return false;
        }
        return true;
    }

    // WB6/WB7: letter (MidLetter | MidNumLet | Single_Quote) letter; WB11/WB12: digit (MidNum | MidNumLet | Single_Quote) digit.
    private static bool Joins(Kind before, Kind middle, Kind after) =>
        (before == Kind.Letter && after == Kind.Letter && middle is Kind.MidLetter or Kind.MidNumLet)
        || (before == Kind.Digit && after == Kind.Digit && middle is Kind.MidNum or Kind.MidNumLet);

    private void AddTerm(ReadOnlySpan<char> word, List<string> terms)
    {
        var term = _knownTerms is { } known && known.TryGetValue(word, out var knownTerm) ? knownTerm : TermOf(word);
        if (term is not null)
            terms.Add(term);
    }

    /// <summary>The word's term; null for a stop word.</summary>
    private string? TermOf(ReadOnlySpan<char> word)
    {
        if (StopWords.Contains(word))
            return null;
        string? replaced = null;
        if (_vocabulary?.Correction(word) is { } corrected)
        {
            replaced = corrected;
            word = corrected;
        }
        if (!_stem)
            return replaced ?? word.ToString();
        var (start, length) = LightPolishStemmer.StemRange(word);
        var stemmed = word.Slice(start, length);
        return DomainSynonyms.Canonical(stemmed) ?? stemmed.ToString();
    }

    private static Kind[] BuildKinds()
    {
        var kinds = new Kind[TableSize];
        for (var c = 'a'; c <= 'z'; c++)
            kinds[c] = kinds[char.ToUpperInvariant(c)] = Kind.Letter;
        foreach (var c in PolishLetters)
            kinds[c] = kinds[char.ToUpperInvariant(c)] = Kind.Letter;
        for (var c = '0'; c <= '9'; c++)
            kinds[c] = Kind.Digit;
        foreach (var c in " \t\r\n?!-()\"/@+%&*#=<>[]{}|~$^`\\")
            kinds[c] = Kind.Separator;
        kinds[':'] = Kind.MidLetter;
        kinds[','] = kinds[';'] = Kind.MidNum;
        kinds['.'] = kinds['\''] = Kind.MidNumLet;
        return kinds;
    }

    private const string PolishLetters = "ąćęłńóśźż";

    private static char[] BuildFolded()
    {
        var folded = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
            folded[c] = char.ToLowerInvariant((char)c);
        for (var i = 0; i < PolishLetters.Length; i++)
            folded[PolishLetters[i]] = folded[char.ToUpperInvariant(PolishLetters[i])] = "acelnoszz"[i];
        return folded;
    }
}
