using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>
/// Keeps a per-conversation turn count in the app's conversation state (saved by the bot at the end of the turn)
/// and records the count each turn saw, so a test can tell whether state carried over between instances.
/// </summary>
public sealed class TurnCounter(TrackedConversationState conversationState, string instance) : IMiddleware
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
