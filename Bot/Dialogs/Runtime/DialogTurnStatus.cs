namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended this turn.</summary>
    Complete,

    /// <summary>The stack was cancelled this turn.</summary>
    Cancelled,
}
