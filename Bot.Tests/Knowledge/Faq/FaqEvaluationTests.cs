using Vivus.Advisor.Knowledge.Faq.Evaluation;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

/// <summary>The labelled set in Knowledge/Evaluation must meet the targets of the issue.</summary>
public sealed class FaqEvaluationTests
{
    private static readonly IReadOnlyList<EvalCase> Cases = EvalSet.Load(EvalSet.DefaultPath);
    private static readonly Lazy<EvalReport> Report = new(() => EvalRunner.Run(FaqTestCorpus.Answerer, Cases));

    private static string Misses => string.Join(Environment.NewLine, Report.Value.Misses.Select(m =>
        $"\"{m.Case.Question}\" expected {m.Case.ExpectedId ?? "-"} got {m.Outcome} [{string.Join(",", m.Offered)}]"));

    [Fact]
    public void The_set_is_big_enough()
    {
        Cases.Count(c => c.ExpectedId is not null).Should().BeGreaterThanOrEqualTo(200);
        Cases.Count(c => c.ExpectedId is null).Should().BeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Every_expected_id_exists() =>
        Cases.Where(c => c.ExpectedId is not null).Select(c => c.ExpectedId)
            .Should().OnlyContain(id => FaqTestCorpus.Real.Find(id!) != null);

    [Fact]
    public void Top1_accuracy_is_at_least_95_percent() =>
        Report.Value.Top1Accuracy.Should().BeGreaterThanOrEqualTo(0.95, because: Misses);

    [Fact]
    public void Top3_accuracy_is_at_least_99_percent() =>
        Report.Value.Top3Accuracy.Should().BeGreaterThanOrEqualTo(0.99, because: Misses);

    [Fact]
    public void At_least_90_percent_of_out_of_domain_questions_get_dont_know() =>
        Report.Value.NoAnswerRecall.Should().BeGreaterThanOrEqualTo(0.90, because: Misses);

    [Fact]
    public void Eval_set_lines_must_have_a_question_and_an_id()
    {
        var parse = () => EvalSet.Parse(["only a question"]);

        parse.Should().Throw<FormatException>().WithMessage("line 1:*");
    }
}
