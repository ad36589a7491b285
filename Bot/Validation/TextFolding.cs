using Vivus.Advisor.Knowledge.Dates;

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

        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        // The knowledge base's folding removes case and diacritics; here punctuation also becomes single spaces.
        foreach (var c in PolishText.Fold(text.Trim()))
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(c == '’' ? '\'' : c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}
