namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>What the advisor replies to one question.</summary>
/// <param name="Entry">The answered entry; null unless Outcome is Answered.</param>
/// <param name="AnswerText">The entry's answer in Language with placeholders filled (markdown tel:/mailto: links); null unless answered.</param>
/// <param name="Score">Confidence of the best match, 0–1.</param>
/// <param name="Suggestions">"Did you mean" choices, best first, at most three; empty otherwise.</param>
/// <param name="FollowUps">The answered entry's follow-up questions in Language, for suggested actions.</param>
public sealed record FaqAnswer(
    FaqOutcome Outcome,
    FaqEntry? Entry,
    FaqLanguage Language,
    string? AnswerText,
    double Score,
    IReadOnlyList<FaqSuggestion> Suggestions,
    IReadOnlyList<FaqSuggestion> FollowUps)
{
    public bool Answered => Outcome == FaqOutcome.Answered;

    /// <summary>Ask the customer whether to collect the case for a consultant.</summary>
    public bool NeedsHuman => Entry?.NeedsHuman ?? false;
}
