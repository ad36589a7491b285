using System.Buffers;
using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>Makes customer text comparable regardless of case, accents and stray punctuation ("Spłata!" = "splata").</summary>
public static class TextFolding
{
    private const int StackChars = 256;

    // The last message folded on this thread: the commands, the case request and the topic each fold the same message.
    [ThreadStatic]
    private static (string Text, string Folded) t_last;

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        if (ReferenceEquals(text, t_last.Text))
        {
            return t_last.Folded;
        }
        var result = FoldPunctuation(text);
        t_last = (text, result);
        return result;
    }

    private static string FoldPunctuation(string text)
    {
        // The knowledge base's folding removes case and diacritics; here punctuation also becomes single spaces. The
        // result is never longer than the folded text.
        var folded = PolishText.Fold(text.Trim());
        char[]? rented = null;
        var buffer = folded.Length <= StackChars ? stackalloc char[StackChars] : rented = ArrayPool<char>.Shared.Rent(folded.Length);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in folded)
            {
                if (char.IsLetterOrDigit(c) || c is '\'' or '’')
                {
                    if (pendingSpace && length > 0)
                    {
                        buffer[length++] = ' ';
                    }
                    pendingSpace = false;
                    buffer[length++] = c == '’' ? '\'' : c;
                }
                else
                {
                    pendingSpace = true;
                }
            }
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
