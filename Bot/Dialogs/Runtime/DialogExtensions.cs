using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> as the root of the conversation's stack: continues it if it is waiting,
    /// otherwise begins it. The caller saves the conversation state at the end of the turn.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        var dialogContext = await new DialogSet(accessor).Add(dialog).CreateContextAsync(turnContext, cancellationToken);
        var result = await dialogContext.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dialogContext.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }
        if (dialogContext.Stack.Count == 0)
        {
            // An empty stack is the same as none; not storing it spares every later turn a deep copy and a hash of it.
            await accessor.DeleteAsync(turnContext, cancellationToken);
        }
        return result;
    }
}
