namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>The persisted dialog stack; the top (active) dialog is first.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
