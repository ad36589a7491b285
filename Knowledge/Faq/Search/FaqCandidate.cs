namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>An entry found for a question.</summary>
/// <param name="LuceneScore">Best BM25 score among the entry's questions.</param>
/// <param name="Coverage">Share (0–1, IDF-weighted) of the question's terms the entry knows; low for out-of-domain text.</param>
public sealed record FaqCandidate(FaqEntry Entry, float LuceneScore, double Coverage)
{
    /// <summary>Ranking score: relevance damped by how much of the question is explained.</summary>
    public double Score { get; init; }
}
