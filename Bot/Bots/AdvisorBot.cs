using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Bots;

/// <summary>
/// The advisor's activity handler: greets new members and hands every message to <see cref="MainDialog"/>,
/// whose stack lives in the conversation state.
/// </summary>
public sealed class AdvisorBot(
    TrackedConversationState conversationState,
    WelcomeMessage welcome,
    MainDialog mainDialog) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken);
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
        if (string.IsNullOrWhiteSpace(turnContext.Activity.Text))
        {
            await turnContext.SendActivityAsync(welcome.Create(), cancellationToken);
            return;
        }
        await mainDialog.RespondAsync(turnContext, _dialogState, cancellationToken);
    }
}
