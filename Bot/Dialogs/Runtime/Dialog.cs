using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>A unit of conversation that runs on the dialog stack across turns.</summary>
public abstract class Dialog(string dialogId)
{
    /// <summary>Returned by a dialog that waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    public string Id { get; } = string.IsNullOrWhiteSpace(dialogId)
        ? throw new ArgumentException("A dialog needs an id.", nameof(dialogId))
        : dialogId;

    /// <summary>Called when the dialog is pushed onto the stack; its instance is already the active one.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called when the user replies while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a dialog this one started has ended. By default the child's result ends this dialog too.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for what the dialog is waiting for.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called just before the dialog's instance leaves the stack, e.g. to clean up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
