using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>The greeting a customer sees on joining: what the advisor does, and the main topics as buttons.</summary>
public sealed class WelcomeMessage(FaqAnswerer answerer)
{
    /// <summary>Button caption, and the FAQ entry whose question the button asks (none: the case intake).</summary>
    public static readonly IReadOnlyList<(string Caption, string? EntryId)> MainTopics =
    [
        ("Godziny pracy infolinii", "hotline-hours"),
        ("Numer telefonu", "hotline-numbers"),
        ("Adres e-mail", "email-address"),
        ("Nie mogę się zalogować", "login-problem"),
        ("Zgłoś sprawę konsultantowi", null),
    ];

    public IMessageActivity Create()
    {
        var message = MessageFactory.Text(
            "Dzień dobry! Jestem automatycznym doradcą Vivus. Odpowiem na pytania o kontakt z nami, " +
            "podpowiem, kiedy infolinia działa i co przygotować, a gdy potrzebny będzie konsultant, " +
            "zbiorę szczegóły Twojej sprawy i wskażę najlepszy sposób kontaktu. W czym mogę pomóc?");
        message.SuggestedActions = new SuggestedActions(actions: MainTopics
            .Select(t => new CardAction(ActionTypes.ImBack, t.Caption,
                value: t.EntryId is null ? CaseRequestRecognizer.StartPhrase : answerer.FindEntry(t.EntryId)!.Title.Pl))
            .ToList());
        message.Locale = "pl-PL";
        message.InputHint = InputHints.ExpectingInput;
        return message;
    }
}
