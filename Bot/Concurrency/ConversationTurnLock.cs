using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.Concurrency;

/// <summary>
/// Serializes the turns of a conversation: first among this process's requests (a keyed semaphore), then, when Redis
/// holds the state, among instances (<see cref="RedisTurnLock"/>). Both waits share one deadline.
/// </summary>
public sealed class ConversationTurnLock(KeyedAsyncLock local, IOptions<TurnLockOptions> options, RedisTurnLock? shared = null)
    : IConversationTurnLock
{
    private readonly TimeSpan _wait = options.Value.WaitTimeout;

    public async Task<IAsyncDisposable> AcquireAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = channelId + "/" + conversationId;
        var started = DateTime.UtcNow;
        var inProcess = await local.TryAcquireAsync(key, _wait, cancellationToken) ?? throw Busy();
        if (shared is null)
        {
            return new Held(inProcess, null);
        }
        try
        {
            var left = _wait - (DateTime.UtcNow - started);
            var acrossInstances = await shared.TryAcquireAsync(key, left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken)
                ?? throw Busy();
            return new Held(inProcess, acrossInstances);
        }
        catch
        {
            inProcess.Dispose();
            throw;
        }
    }

    private ConversationBusyException Busy() =>
        new($"The conversation's previous turn did not finish within {_wait.TotalSeconds:0.#} s.");

    private sealed class Held(IDisposable inProcess, IAsyncDisposable? acrossInstances) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (acrossInstances is not null)
                {
                    await acrossInstances.DisposeAsync();
                }
            }
            finally
            {
                inProcess.Dispose();
            }
        }
    }
}
