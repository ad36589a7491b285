namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Finds dates and times in a message ("jutro o 14", "next Monday"); the knowledge base supplies the real one.</summary>
public interface IDateTimeRecognizer
{
    /// <param name="text">The customer's message.</param>
    /// <param name="locale">e.g. "pl-PL" or "en-US".</param>
    /// <param name="now">The reference for relative expressions, in the contact centre's time zone.</param>
    IReadOnlyList<DateTimeResolution> Recognize(string text, string locale, DateTimeOffset now);
}
