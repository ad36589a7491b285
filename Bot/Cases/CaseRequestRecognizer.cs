using System.Buffers;
using System.Text.RegularExpressions;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Cases;

/// <summary>Tells from free text whether a customer wants a person, and which case topic the text names.</summary>
public static partial class CaseRequestRecognizer
{
    /// <summary>The text of the button that starts the case intake.</summary>
    public const string StartPhrase = "Chcę porozmawiać z konsultantem";

    public static bool WantsHuman(string text)
    {
        var folded = TextFolding.Fold(text);
        return folded.AsSpan().ContainsAny(HumanRequestWords) && HumanRequest().IsMatch(folded);
    }

    // Every branch of HumanRequest needs one of these words. Nearly every question holds none, and one vectorized scan
    // spares it the pattern: with cold caches, about a tenth of the advisor's own work on a question.
    private static readonly SearchValues<string> HumanRequestWords = SearchValues.Create(
        ["konsultant", "czlowiek", "operator", "pracownik", "zglos", "splat", "splac", "talk", "speak", "chat", "report"], StringComparison.Ordinal);

    /// <summary>The one topic the text clearly names; null when it names none or several.</summary>
    public static CaseTopic? Topic(string text)
    {
        var folded = TextFolding.Fold(text);
        var found = TopicPatterns.Where(p => p.Pattern.IsMatch(folded)).Select(p => p.Topic).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static readonly (CaseTopic Topic, Regex Pattern)[] TopicPatterns =
    [
        (CaseTopic.ApplicationStatus, new(@"\bwnios\w*|\bapplication\b", RegexOptions.CultureInvariant)),
        (CaseTopic.Repayment, new(@"\bs?splat\w*|\brat[aeyę]?\b|\bplatnos\w*|\bwplat\w*|\bzaleg\w*|\b(re)?pay\w*", RegexOptions.CultureInvariant)),
        (CaseTopic.Extension, new(@"\bprzedluz\w*|\bodrocz\w*|\brestruktur\w*|\brefinans\w*|\bextend\w*|\bextension\b", RegexOptions.CultureInvariant)),
        (CaseTopic.DataChange, new(@"\bzmian\w* (moich )?danych|\bzmienic (moje )?dane|\bzmian\w* adresu|\bzmian\w* nazwiska|\bchange (my )?(data|details|address|name)", RegexOptions.CultureInvariant)),
        (CaseTopic.Technical, new(@"\b(za)?logow\w*|\bzaloguj\w*|\bhasl\w*|\bzablokow\w*|\bblad\w*|\bpanel\w*|\bstron\w* (nie dziala|sie nie laduje)|\blog ?in\b|\bpassword\b|\berror\b", RegexOptions.CultureInvariant)),
        (CaseTopic.Complaint, new(@"\breklamac\w*|\bskarg\w*|\bcomplain\w*", RegexOptions.CultureInvariant)),
    ];

    [GeneratedRegex(
        @"\b(konsultant\w*|czlowiek\w*|operator\w*|pracownik\w*)\b.*\b(rozmow\w*|porozmawiac|polacz\w*|kontakt\w*)\b" +
        @"|\b(rozmow\w*|porozmawiac|polacz\w*|chce|chcialbym|chcialabym|potrzebuje|prosze o|daj mi)\b.*\b(konsultant\w*|czlowiek\w*|czlowiekiem|operator\w*)\b" +
        @"|\bzglos\w*|\bzgloszeni\w*" +
        @"|\b(mam )?problem\w* ze? s?splat\w*|\bnie (moge|dam rady|jestem w stanie) s?splacic" +
        @"|\b(talk|speak|chat)\b.*\b(human|person|agent|consultant|someone)\b|\breport (a |my )?(problem|case|issue)\b",
        RegexOptions.CultureInvariant)]
    internal static partial Regex HumanRequest();
}
