namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>One reading of a date or time in the customer's message, as ISO-8601 text.</summary>
public sealed class DateTimeResolution
{
    /// <summary>A single point, e.g. "2026-11-25" or "2026-11-25T14:00:00".</summary>
    public string? Value { get; set; }

    /// <summary>Start of a range, e.g. for "next week".</summary>
    public string? Start { get; set; }

    public string? End { get; set; }

    /// <summary>The TIMEX expression, e.g. "2026-11-25" or "XXXX-WXX-1".</summary>
    public string? Timex { get; set; }
}
