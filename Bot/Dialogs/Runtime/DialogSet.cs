using System.Collections;
using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>The dialogs that may run on one stack, and where that stack is persisted.</summary>
public sealed class DialogSet : IEnumerable<Dialog>
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>A set whose stack lives inside another dialog's state, as a component dialog's does.</summary>
    internal DialogSet()
    {
    }

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already in the set.");
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads the stack for this conversation and returns a context to drive it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set has no state accessor; its stack belongs to a component dialog.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        // Storing the instance back makes sure the stack we change is the one saved, whatever the storage returned.
        await _dialogState.SetAsync(turnContext, state, cancellationToken);
        return new DialogContext(this, turnContext, state);
    }

    public IEnumerator<Dialog> GetEnumerator() => _dialogs.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
