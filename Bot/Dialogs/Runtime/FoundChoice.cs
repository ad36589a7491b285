namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>The choice a customer picked: its value and its position in the offered list.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = "";

    public int Index { get; set; }

    /// <summary>1 for a number, an exact value or synonym; lower for a partial match.</summary>
    public double Score { get; set; }
}
