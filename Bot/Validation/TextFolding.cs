using System.Globalization;
using System.Text;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>Makes customer text comparable regardless of case, accents and stray punctuation ("Spłata!" = "splata").</summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                // "ł" has no decomposition, so it is the one Polish letter that needs mapping by hand.
                builder.Append(c switch { 'ł' => 'l', '’' => '\'', _ => c });
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}
