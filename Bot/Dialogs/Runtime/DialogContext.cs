using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Drives one dialog stack during one turn: begins, continues, ends and replaces dialogs on it.</summary>
public class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        Parent = parent;
    }

    /// <summary>A context over the same stack, for subclasses such as <see cref="WaterfallStepContext"/>.</summary>
    protected DialogContext(DialogContext other)
        : this(other.Dialogs, other.Context, other._state, other.Parent)
    {
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The context of the component dialog's parent stack, if this stack belongs to a component.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack, top first.</summary>
    public List<DialogInstance> Stack => _state.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog in this set or, failing that, in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' was added.");
        Stack.Insert(0, new DialogInstance { Id = dialogId, State = new Dictionary<string, object>() });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options ?? throw new ArgumentNullException(nameof(options)), cancellationToken);

    /// <summary>Passes the user's message to the active dialog; <see cref="DialogTurnStatus.Empty"/> when none runs.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await ActiveDialogOf(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await ActiveDialogOf(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place, e.g. to loop.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack; every dialog on it gets <see cref="DialogReason.CancelCalled"/>.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } instance
            ? ActiveDialogOf(instance).RepromptDialogAsync(Context, instance, cancellationToken)
            : Task.CompletedTask;

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } instance)
        {
            await ActiveDialogOf(instance).EndDialogAsync(Context, instance, reason, cancellationToken);
            Stack.RemoveAt(0);
        }
    }

    private Dialog ActiveDialogOf(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stack holds the dialog '{instance.Id}', which is not in the set.");
}
