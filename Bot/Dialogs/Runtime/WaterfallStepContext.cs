namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>What a waterfall step sees: the previous step's result, the values kept across steps, and the stack.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, int index, DialogReason reason, object? options, object? result, IDictionary<string, object> values)
        : base(dc)
    {
        _parent = parent;
        Index = index;
        Reason = reason;
        Options = options;
        Result = result;
        Values = values;
    }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public object? Options { get; }

    /// <summary>The previous step's or prompt's result; the user's text when the waterfall itself got a message.</summary>
    public object? Result { get; }

    /// <summary>Values kept for the waterfall's lifetime; read them back with <see cref="StateValues.GetValue{T}"/>.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Skips to the next step with <paramref name="result"/>, without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parent.Id}'.");
        }
        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
