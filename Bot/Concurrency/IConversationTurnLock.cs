namespace Vivus.Advisor.Bot.Concurrency;

/// <summary>Lets one turn of a conversation run at a time, across every instance that shares the lock.</summary>
public interface IConversationTurnLock
{
    /// <summary>Waits for the conversation's turn; disposing the result lets the next one in.</summary>
    /// <exception cref="ConversationBusyException">Another turn held it for longer than the configured wait.</exception>
    Task<IAsyncDisposable> AcquireAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
