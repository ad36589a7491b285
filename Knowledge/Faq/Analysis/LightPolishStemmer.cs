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

    // Longest first, so "owaniem" wins over "em".
    private static readonly string[] Suffixes = new[]
    {
        "owaniami", "owaniach", "owaniem", "owania", "owaniu", "owanie", "ywanie", "ywania", "iwanie", "iwania",
        "owalismy", "owalem", "owalam", "owala", "owalo", "owaly", "owali", "owal", "owane", "owany", "owana", "owac",
        "ywac", "iwac", "anie", "ania", "aniu", "aniem", "enie", "enia", "eniu", "eniem",
        "ilem", "ilam", "alem", "alam", "elem", "elam", "ila", "ilo", "ily", "ili", "ala", "alo", "aly", "ali",
        "ami", "ach", "ymi", "imi", "ych", "ich", "ego", "emu", "owi", "iej", "ing",
        "ow", "om", "em", "ej", "ie", "ek", "ac", "ic", "ec", "yc", "al", "il", "ly", "cie",
        "a", "e", "i", "o", "u", "y", "s",
    }.OrderByDescending(s => s.Length).ToArray();

    private static readonly string[] Prefixes = ["za", "od"];

    public static string Stem(string word)
    {
        if (word.Length <= MinStem || !word.All(char.IsAsciiLetterLower))
            return word;
        var stem = StripSuffix(word);
        if (stem.Length >= 5 && stem[^1] == 'k')
            stem = stem[..^1];
        foreach (var prefix in Prefixes)
            if (stem.StartsWith(prefix, StringComparison.Ordinal) && stem.Length - prefix.Length >= MinStem)
                return stem[prefix.Length..];
        return stem;
    }

    private static string StripSuffix(string word)
    {
        foreach (var suffix in Suffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinStem)
                return word[..^suffix.Length];
        return word;
    }
}
