namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>Confidence thresholds, tuned on the evaluation set (Knowledge/Evaluation/eval-set.tsv).</summary>
public sealed record FaqAnswerOptions
{
    /// <summary>Below this score the advisor says it does not know.</summary>
    public double MinScore { get; init; } = 0.52;

    /// <summary>A runner-up scoring at least this share of the winner makes the answer "did you mean".</summary>
    public double CloseRatio { get; init; } = 0.9;

    public int MaxSuggestions { get; init; } = 3;
}
