using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>Turns an FAQ outcome into the message a customer sees: answer, "did you mean" or an honest "I don't know".</summary>
public sealed class FaqMessages(FaqAnswerer answerer, ContactReplies contact, PublishedTexts published)
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
        var buttons = answer.FollowUps.Select(f => f.Question);
        if (answer.NeedsHuman)
        {
            // Such topics usually end with a consultant: offer to prepare the case for one first.
            buttons = buttons.Prepend($"{CaseIntakeOffer} {answer.Entry!.Title.Pl}");
        }
        return WithButtons(published.Publish(answer.AnswerText!), answer.Language, buttons);
    }

    /// <summary>Starts the case intake when posted back, followed by the topic's title.</summary>
    public const string CaseIntakeOffer = "Zgłoś sprawę konsultantowi:";

    private IMessageActivity NotKnown(FaqLanguage language)
    {
        var message = MessageFactory.Attachment(contact.ContactCard(language == FaqLanguage.En
            ? "Our consultants will help."
            : "Konsultanci Vivus pomogą."));
        message.Text = published.Publish(answerer.NotKnownText(language));
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
