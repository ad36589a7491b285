using System.Text;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>Makes a customer's own words safe to repeat inside a markdown reply: shown as typed, never rendered.</summary>
public static class MarkdownText
{
    // Only characters that format mid-line: a repeated value never starts a line (it follows a label).
    private const string Special = "\\`*_{}[]()<>|~";

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n')
            {
                continue;
            }
            if (Special.Contains(c))
            {
                result.Append('\\');
            }
            result.Append(c);
        }
        // A line break inside a list item would end the item, so keep it on one line.
        return result.ToString().Replace("\n", " ");
    }
}
