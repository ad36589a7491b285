namespace Vivus.Advisor.Knowledge.Faq.Evaluation;

/// <summary>
/// Results of running the labelled set. Top-1: the first entry offered (answer or first "did you mean") is the
/// expected one; top-3: it is among the search's three best-ranked entries, before the confidence threshold. No-answer precision: share of "don't know"
/// replies given to out-of-domain questions; recall: share of out-of-domain questions that got "don't know".
/// </summary>
public sealed record EvalReport(
    int InDomain, int Top1, int Top3, int DirectlyAnswered,
    int OutOfDomain, int OutOfDomainUnknown, int UnknownReplies,
    IReadOnlyList<EvalMiss> Misses)
{
    public double Top1Accuracy => Ratio(Top1, InDomain);
    public double Top3Accuracy => Ratio(Top3, InDomain);
    public double NoAnswerRecall => Ratio(OutOfDomainUnknown, OutOfDomain);
    public double NoAnswerPrecision => Ratio(OutOfDomainUnknown, UnknownReplies);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

/// <summary>A question whose top-1 was wrong (or an out-of-domain question that got an answer).</summary>
public sealed record EvalMiss(EvalCase Case, FaqOutcome Outcome, IReadOnlyList<string> Offered, double Score);
