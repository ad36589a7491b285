using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Dialogs;

/// <summary>Runs a root dialog the way the bot will: RunAsync, then save the conversation state.</summary>
internal sealed class DialogHarness
{
    public DialogHarness(Dialog root, IStorage? storage = null)
    {
        Root = root;
        ConversationState = new TrackedConversationState(storage ?? new InMemoryStorage());
        Accessor = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
    }

    public Dialog Root { get; }

    public TrackedConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> Accessor { get; }

    /// <summary>The stack's status after the latest turn.</summary>
    public DialogTurnStatus? LastStatus { get; private set; }

    public async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        LastStatus = (await Root.RunAsync(turnContext, Accessor, cancellationToken)).Status;
        await ConversationState.SaveChangesAsync(turnContext, cancellationToken);
    }

    public TestFlow Flow(string channelId = Channels.Test, string locale = "pl-PL") =>
        new(new TestAdapter(channelId) { Locale = locale }, TurnAsync);
}
