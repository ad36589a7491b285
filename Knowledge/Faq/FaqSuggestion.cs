namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>A button the bot can show: the entry id and its question in the user's language (post either back).</summary>
public sealed record FaqSuggestion(string Id, string Question);
