namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
