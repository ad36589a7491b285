using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Bots;

/// <summary>
/// The advisor's activity handler: greets new members; answers questions about the hotline's hours from the
/// hours engine and everything else from the FAQ.
/// </summary>
public sealed class AdvisorBot(
    ConversationState conversationState,
    UserState userState,
    WelcomeMessage welcome,
    HoursQuestionAnswerer hours,
    FaqAnswerer faq,
    FaqMessages faqMessages) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(welcome.Create(), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(welcome.Create(), cancellationToken);
            return;
        }

        var language = FaqLanguageDetector.Detect(text) ?? FaqLanguage.Pl;
        // A button of ours names its FAQ entry exactly; anything typed may be about the hours right now.
        var hoursAnswer = faq.IsEntryQuestion(text) ? null : hours.Answer(text, language.Code());
        var reply = hoursAnswer is null ? faqMessages.For(faq.Answer(text)) : HoursMessage(hoursAnswer, language);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static IMessageActivity HoursMessage(string text, FaqLanguage language)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        message.Locale = language == FaqLanguage.En ? "en-US" : "pl-PL";
        return message;
    }
}
