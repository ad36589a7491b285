using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Replies;

namespace Vivus.Advisor.Bot.Bots;

/// <summary>The advisor's activity handler: greets new members and answers messages.</summary>
public sealed class AdvisorBot(ConversationState conversationState, UserState userState, ContactReplies replies) : ActivityHandler
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
            await turnContext.SendActivityAsync(WelcomeMessage.Create(), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Attachment(replies.ContactCard(
            "Na to pytanie nie umiem jeszcze odpowiedzieć. Konsultanci Vivus pomogą: " +
            $"zadzwoń pod {replies.HotlineLinks()} albo napisz na {replies.EmailLink}."));
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
