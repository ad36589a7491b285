namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>
/// A deliberately small stemmer for diacritic-free Polish (plus English -ing/-s): it strips the longest
/// inflectional or verbal suffix, the aspect prefixes za-/od- and a diminutive -k, so that
/// "zalogowac", "logowanie" and "zalogowanie" meet at "log" and "pozyczki"/"pozyczke"/"pozyczek" at "pozycz".
/// It only has to be consistent between index and query, not linguistically right.
/// </summary>
public static class LightPolishStemmer
{
    private const int MinStem = 3;

    // Longest first, so "owaniem" wins over "em"; grouped by last letter, as only those can end the word.
    private static readonly string[][] SuffixesByLastLetter = SuffixGroups(
    [
        "owaniami", "owaniach", "owaniem", "owania", "owaniu", "owanie", "ywanie", "ywania", "iwanie", "iwania",
        "owalismy", "owalem", "owalam", "owala", "owalo", "owaly", "owali", "owal", "owane", "owany", "owana", "owac",
        "ywac", "iwac", "anie", "ania", "aniu", "aniem", "enie", "enia", "eniu", "eniem",
        "ilem", "ilam", "alem", "alam", "elem", "elam", "ila", "ilo", "ily", "ili", "ala", "alo", "aly", "ali",
        "ami", "ach", "ymi", "imi", "ych", "ich", "ego", "emu", "owi", "iej", "ing",
        "ow", "om", "em", "ej", "ie", "ek", "ac", "ic", "ec", "yc", "al", "il", "ly", "cie",
        "a", "e", "i", "o", "u", "y", "s",
    ]);

    private static readonly string[] Prefixes = ["za", "od"];

    public static string Stem(string word) =>
        StemRange(word) is var (start, length) && length < word.Length ? word.Substring(start, length) : word;

    /// <summary>Where the stem lies in the word: only a prefix and a suffix are taken off, so it is always a slice of it.</summary>
    public static (int Start, int Length) StemRange(ReadOnlySpan<char> word)
    {
        if (word.Length <= MinStem || word.ContainsAnyExceptInRange('a', 'z'))
            return (0, word.Length);
        var length = word.Length - SuffixLength(word);
        if (length >= 5 && word[length - 1] == 'k')
            length--;
        foreach (var prefix in Prefixes)
            if (word[..length].StartsWith(prefix, StringComparison.Ordinal) && length - prefix.Length >= MinStem)
                return (prefix.Length, length - prefix.Length);
        return (0, length);
    }

    private static int SuffixLength(ReadOnlySpan<char> word)
    {
        foreach (var suffix in SuffixesByLastLetter[word[^1] - 'a'])
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinStem)
                return suffix.Length;
        return 0;
    }

    private static string[][] SuffixGroups(string[] suffixes)
    {
        var longestFirst = suffixes.OrderByDescending(s => s.Length).ToArray();
        return Enumerable.Range('a', 26).Select(letter => longestFirst.Where(s => s[^1] == letter).ToArray()).ToArray();
    }
}
