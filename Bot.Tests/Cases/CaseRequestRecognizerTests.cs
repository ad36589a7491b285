using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Validation;
using Vivus.Advisor.Knowledge.Faq.Evaluation;

namespace Vivus.Advisor.Bot.Tests.Cases;

public sealed class CaseRequestRecognizerTests
{
    public static TheoryData<string, bool> Requests => new()
    {
        { "Chcę porozmawiać z konsultantem", true },
        { "połącz mnie z człowiekiem", true },
        { "Zgłoś problem", true },
        { "mam problem ze spłatą", true },
        { "Nie mogę spłacić raty!", true },
        { "I want to talk to a human", true },
        { "report a problem", true },
        { "jak się skontaktować z Vivus?", false },
        { "godziny pracy konsultantów", false },
        { "ile kosztuje przedłużenie spłaty", false },
        { "what is your phone number", false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Tells_a_request_for_a_person_from_a_question(string text, bool wantsHuman) =>
        CaseRequestRecognizer.WantsHuman(text).Should().Be(wantsHuman);

    [Fact]
    public void The_word_scan_before_the_pattern_never_changes_the_verdict()
    {
        var texts = EvalSet.Load(EvalSet.DefaultPath).Select(c => c.Question)
            .Concat(EvalSet.Load(Path.Combine(Path.GetDirectoryName(EvalSet.DefaultPath)!, "holdout-set.tsv")).Select(c => c.Question))
            .Concat(Requests.Select(row => (string)row[0]))
            .ToList();
        texts.Should().Contain(text => CaseRequestRecognizer.WantsHuman(text), "the texts hold requests as well as questions");

        foreach (var text in texts)
        {
            CaseRequestRecognizer.WantsHuman(text).Should().Be(CaseRequestRecognizer.HumanRequest().IsMatch(TextFolding.Fold(text)), text);
        }
    }
}
