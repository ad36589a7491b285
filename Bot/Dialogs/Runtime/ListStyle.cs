namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Not at all: the prompt's text says what to answer.</summary>
    None,

    /// <summary>Buttons where the channel has them, otherwise a numbered list.</summary>
    Auto,

    /// <summary>A numbered list in the message text.</summary>
    List,

    /// <summary>Suggested-action buttons.</summary>
    SuggestedAction,
}
