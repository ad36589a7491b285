using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>
/// A middleware that holds every message turn for <see cref="Delay"/> after the state was loaded (it runs last),
/// which widens the window in which two turns of one conversation could overwrite each other's state.
/// </summary>
public sealed class SlowTurns(TimeSpan delay) : Microsoft.Bot.Builder.IMiddleware
{
    private int _running;
    private int _maxRunning;

    public TimeSpan Delay { get; } = delay;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _startedWith = new();

    /// <summary>Completes when the first message turn is being held.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the turn of the message with this text is being held; two posts sent at once may arrive in any order.</summary>
    public Task StartedWith(string text) => Signal(text).Task;

    /// <summary>The most message turns this instance ever held at once.</summary>
    public int MaxRunning => Volatile.Read(ref _maxRunning);

    /// <summary>Registers it after the app's own middleware.</summary>
    public Action<WebApplicationBuilder> Install => builder => builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(this);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        Started.TrySetResult();
        Signal(turnContext.Activity.Text ?? "").TrySetResult();
        try
        {
            await Task.Delay(Delay, cancellationToken);
            await next(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private TaskCompletionSource Signal(string text) =>
        _startedWith.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
