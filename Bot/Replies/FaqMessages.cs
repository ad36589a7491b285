using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>Turns an FAQ outcome into the message a customer sees: answer, "did you mean" or an honest "I don't know".</summary>
public sealed class FaqMessages(FaqAnswerer answerer, ContactReplies contact)
{
    public IMessageActivity For(FaqAnswer answer) => answer.Outcome switch
    {
        FaqOutcome.Answered => Answered(answer),
        FaqOutcome.DidYouMean => WithButtons(
            FaqReplies.DidYouMeanText(answer.Language), answer.Language, answer.Suggestions.Select(s => s.Question)),
        _ => NotKnown(answer.Language),
    };

    private IMessageActivity Answered(FaqAnswer answer)
    {
        var text = answer.AnswerText!;
        if (!answer.NeedsHuman)
        {
            return WithButtons(text, answer.Language, answer.FollowUps.Select(f => f.Question));
        }
        // Until the case intake exists, a topic that needs a person gets the direct ways to reach one.
        var message = MessageFactory.Attachment(contact.ContactCard(answer.Language == FaqLanguage.En
            ? "This usually needs a consultant: call or write, and have your PESEL and loan number ready."
            : "Taką sprawę zwykle załatwia konsultant: zadzwoń albo napisz i miej pod ręką PESEL oraz numer pożyczki."));
        message.Text = text;
        return Localized(message, answer.Language);
    }

    private IMessageActivity NotKnown(FaqLanguage language)
    {
        var message = MessageFactory.Attachment(contact.ContactCard(language == FaqLanguage.En
            ? "Our consultants will help."
            : "Konsultanci Vivus pomogą."));
        message.Text = answerer.NotKnownText(language);
        return Localized(message, language);
    }

    private static IMessageActivity WithButtons(string text, FaqLanguage language, IEnumerable<string> questions)
    {
        var buttons = questions.ToList();
        var message = buttons.Count == 0
            ? MessageFactory.Text(text)
            : MessageFactory.SuggestedActions(buttons, text, null, InputHints.AcceptingInput, null);
        return Localized(message, language);
    }

    private static IMessageActivity Localized(IMessageActivity message, FaqLanguage language)
    {
        message.TextFormat = TextFormatTypes.Markdown;
        message.Locale = language == FaqLanguage.En ? "en-US" : "pl-PL";
        return message;
    }
}
