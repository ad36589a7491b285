namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>The outcome of a dialog operation: the stack's status and, when a dialog ended, its result.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    public object? Result { get; } = result;
}
