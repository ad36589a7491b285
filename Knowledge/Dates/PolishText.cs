using System.Globalization;
using System.Text;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>Folds Polish text so patterns match with or without diacritics: "Środę" → "srode".</summary>
public static class PolishText
{
    public static string Fold(string text)
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
