using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>Folds Polish text so patterns match with or without diacritics: "Środę" → "srode".</summary>
public static class PolishText
{
    private const string Accented = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    private const string Plain = "acelnoszzacelnoszz";

    // Characters folding leaves as they are (no case, no canonical decomposition): typographic quotes and dashes, the
    // ellipsis and the no-break space, common in what customers paste.
    private static readonly SearchValues<char> Inert = SearchValues.Create("\u00a0\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026");

    // The last text folded on this thread: the hours keywords and the time recognizer fold the same message in turn.
    [ThreadStatic]
    private static (string Text, string Folded) t_last;

    // Nearly every message is ASCII and Polish letters, which a table folds exactly as decomposition does; the two
    // Unicode normalizations were most of a fold's cost, and a message is folded several times a turn.
    public static string Fold(string text)
    {
        if (ReferenceEquals(text, t_last.Text))
            return t_last.Folded;
        var folded = IsTableFoldable(text) ? TableFolded(text) : Normalized(text);
        t_last = (text, folded);
        return folded;
    }

    private static bool IsTableFoldable(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAscii(c) && !Accented.Contains(c) && !Inert.Contains(c))
                return false;
        }
        return true;
    }

    private static string TableFolded(string text) => string.Create(text.Length, text, static (folded, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            folded[i] = char.IsAscii(c) ? char.ToLowerInvariant(c) : Accented.IndexOf(c) is var at and >= 0 ? Plain[at] : c;
        }
    });

    private static string Normalized(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
