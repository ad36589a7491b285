using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>
/// Keeps a per-conversation turn count in the app's ConversationState (saved by the bot at the end of the turn)
/// and records the count each turn saw, so a test can tell whether state carried over between instances.
/// </summary>
public sealed class TurnCounter(ConversationState conversationState, string instance) : IMiddleware
{
    private readonly IStatePropertyAccessor<int> _turns = conversationState.CreateProperty<int>("test-turn-count");

    public ConcurrentQueue<(string Instance, int Turn)> Seen { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var turn = await _turns.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _turns.SetAsync(turnContext, turn, cancellationToken);
        Seen.Enqueue((instance, turn));
        await next(cancellationToken);
    }
}
