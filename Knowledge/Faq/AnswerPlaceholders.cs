using System.Text.RegularExpressions;
using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>
/// Fills {placeholders} in answer templates from ContactOptions, so numbers, e-mail, hours and the form
/// address live only in appsettings.json. Phone numbers become tel: links, the e-mail a mailto: link.
/// </summary>
public static partial class AnswerPlaceholders
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "hotline1", "hotline2", "email", "contactFormUrl", "weekdayHours", "saturdayHours",
        "tradingSundayHours", "callWindow", "emailReplyHours",
    };

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<string> Unknown(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => !Known.Contains(name)).Distinct();

    public static string Fill(string template, ContactOptions contact) =>
        Placeholder().Replace(template, m => Value(m.Groups[1].Value, contact) ?? m.Value);

    private static string? Value(string name, ContactOptions contact) => name switch
    {
        "hotline1" => Hotline(contact, 0),
        "hotline2" => Hotline(contact, 1),
        "email" => $"[{contact.Email}](mailto:{contact.Email})",
        "contactFormUrl" => contact.ContactFormUrl,
        "weekdayHours" => contact.Hours.Weekday.ToString(),
        "saturdayHours" => contact.Hours.Saturday.ToString(),
        "tradingSundayHours" => contact.Hours.TradingSunday.ToString(),
        "callWindow" => contact.RecommendedWindow.ToString(),
        "emailReplyHours" => contact.EmailReplyWorkingHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    // With a single configured hotline, {hotline2} repeats it rather than leaving a hole in the sentence.
    private static string Hotline(ContactOptions contact, int index)
    {
        if (contact.Hotlines.Length == 0)
            return "";
        var number = contact.Hotlines[Math.Min(index, contact.Hotlines.Length - 1)];
        return $"[{number}]({ContactOptions.TelUri(number)})";
    }
}
