using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>The greeting a customer sees on joining: what the advisor does, and the main topics as buttons.</summary>
public static class WelcomeMessage
{
    public static readonly IReadOnlyList<string> MainTopics =
    [
        "Godziny pracy infolinii",
        "Numer telefonu",
        "Adres e-mail",
        "Nie mogę się zalogować",
        "Rozmowa z konsultantem",
    ];

    public static IMessageActivity Create()
    {
        var message = MessageFactory.SuggestedActions(
            MainTopics,
            "Dzień dobry! Jestem automatycznym doradcą Vivus. Odpowiem na pytania o kontakt z nami, " +
            "podpowiem, kiedy infolinia działa i czego przygotować, a gdy potrzebny będzie konsultant, " +
            "zbiorę szczegóły Twojej sprawy i wskażę najlepszy kanał. W czym mogę pomóc?",
            ssml: null,
            inputHint: InputHints.ExpectingInput,
            toList: null);
        message.Locale = "pl-PL";
        return message;
    }
}
