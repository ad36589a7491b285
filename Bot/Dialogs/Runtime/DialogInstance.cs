namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>One entry of the dialog stack: which dialog runs and its persisted state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    /// <summary>Keep values simple (string, numbers, bool, DateTimeOffset, small POCOs): it goes through JSON between turns.</summary>
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}
