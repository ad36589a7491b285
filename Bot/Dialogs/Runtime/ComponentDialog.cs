using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack kept in its instance state, so the parent
/// sees one dialog. Override <see cref="OnContinueDialogAsync"/> to catch interruptions such as help or cancel.
/// </summary>
public class ComponentDialog(string dialogId) : Dialog(dialogId)
{
    private const string InnerStackKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog begun first; by default the first one added.</summary>
    public string InitialDialogId { get; set; } = "";

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        if (InitialDialogId.Length == 0)
        {
            InitialDialogId = dialog.Id;
        }
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public sealed override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The component's instance is not on the stack.");
        instance.State[InnerStackKey] = new DialogState();
        var inner = InnerContext(dc, instance);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await EndIfInnerStackFinishedAsync(dc, result, cancellationToken);
    }

    public sealed override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The component's instance is not on the stack.");
        var result = await OnContinueDialogAsync(InnerContext(dc, instance), cancellationToken);
        return await EndIfInnerStackFinishedAsync(dc, result, cancellationToken);
    }

    /// <summary>The component only starts dialogs on its inner stack, so being resumed means: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        if (dc.ActiveDialog is { } instance)
        {
            await RepromptDialogAsync(dc.Context, instance, cancellationToken);
        }
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnRepromptDialogAsync(InnerContext(turnContext, instance), cancellationToken);

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await InnerContext(turnContext, instance).CancelAllDialogsAsync(cancellationToken);
        }
        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);

    /// <summary>The interruption hook: by default passes the message to the inner stack.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnRepromptDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.RepromptDialogAsync(cancellationToken);

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Ends the component with the inner result; the parent resumes with it.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private Task<DialogTurnResult> EndIfInnerStackFinishedAsync(DialogContext outerDc, DialogTurnResult innerResult, CancellationToken cancellationToken) =>
        innerResult.Status == DialogTurnStatus.Waiting
            ? Task.FromResult(EndOfTurn)
            : EndComponentAsync(outerDc, innerResult.Result, cancellationToken);

    private DialogContext InnerContext(DialogContext outerDc, DialogInstance instance) =>
        new(_dialogs, outerDc.Context, InnerStack(instance), outerDc);

    private DialogContext InnerContext(ITurnContext turnContext, DialogInstance instance) =>
        new(_dialogs, turnContext, InnerStack(instance));

    private static DialogState InnerStack(DialogInstance instance)
    {
        // Re-store the stack so changes reach the state even when storage handed back a JSON object.
        var stack = instance.State.GetValue<DialogState>(InnerStackKey) ?? new DialogState();
        instance.State[InnerStackKey] = stack;
        return stack;
    }
}
