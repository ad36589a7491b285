namespace Vivus.Advisor.Knowledge.Faq.Evaluation;

/// <summary>Runs a labelled set through the answerer and counts hits.</summary>
public static class EvalRunner
{
    public static EvalReport Run(FaqAnswerer answerer, IReadOnlyList<EvalCase> cases)
    {
        int inDomain = 0, top1 = 0, top3 = 0, direct = 0, ood = 0, oodUnknown = 0, unknown = 0;
        var misses = new List<EvalMiss>();
        foreach (var evalCase in cases)
        {
            var answer = answerer.Answer(evalCase.Question);
            var offered = Offered(answer);
            if (answer.Outcome == FaqOutcome.Unknown)
                unknown++;
            if (evalCase.ExpectedId is null)
            {
                ood++;
                if (answer.Outcome == FaqOutcome.Unknown) oodUnknown++;
                else misses.Add(new EvalMiss(evalCase, answer.Outcome, offered, answer.Score));
                continue;
            }
            inDomain++;
            if (offered.Take(1).Contains(evalCase.ExpectedId)) top1++;
            else misses.Add(new EvalMiss(evalCase, answer.Outcome, offered, answer.Score));
            if (answerer.Rank(evalCase.Question, 3).Contains(evalCase.ExpectedId)) top3++;
            if (answer.Answered && answer.Entry!.Id == evalCase.ExpectedId) direct++;
        }
        return new EvalReport(inDomain, top1, top3, direct, ood, oodUnknown, unknown, misses);
    }

    private static IReadOnlyList<string> Offered(FaqAnswer answer) => answer.Outcome switch
    {
        FaqOutcome.Answered => [answer.Entry!.Id],
        FaqOutcome.DidYouMean => answer.Suggestions.Select(s => s.Id).ToList(),
        _ => [],
    };
}
