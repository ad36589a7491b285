using Vivus.Advisor.Knowledge.Faq.Corpus;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

public sealed class FaqCorpusCheckerTests
{
    [Fact]
    public void The_real_corpus_has_no_problems() =>
        FaqCorpusChecker.Check(FaqTestCorpus.Real).Should().BeEmpty();

    [Fact]
    public void A_valid_test_corpus_has_no_problems() =>
        FaqCorpusChecker.Check(FaqCorpusLoader.Load(FaqTestCorpus.TestData("valid"))).Should().BeEmpty();

    [Theory]
    [InlineData("duplicate-id", "duplicate id 'same'")]
    [InlineData("empty-answer", "entry 'no-english': empty English answer")]
    [InlineData("bad-follow-up", "follow-up 'missing-entry' is not an entry id")]
    [InlineData("shared-question", "question 'pierwsze pytanie a' appears under several entries: first (corpus.yaml), second")]
    [InlineData("unknown-placeholder", "unknown placeholder {hotline}")]
    [InlineData("too-few-questions", "has 3 questions, needs at least 4")]
    public void Finds_each_kind_of_problem(string corpus, string expectedMessage)
    {
        var problems = FaqCorpusChecker.Check(FaqCorpusLoader.Load(FaqTestCorpus.TestData(corpus)));

        problems.Should().ContainSingle().Which.Should().Contain(expectedMessage).And.Contain("corpus.yaml");
    }

    [Fact]
    public void Broken_yaml_names_the_file()
    {
        var load = () => FaqCorpusLoader.Load(FaqTestCorpus.TestData("broken-yaml"));

        load.Should().Throw<FaqCorpusException>().WithMessage("corpus.yaml: not valid corpus YAML*");
    }

    [Fact]
    public void Loading_a_corpus_with_problems_for_the_bot_fails_fast()
    {
        var load = () => FaqCorpusLoader.LoadChecked(FaqTestCorpus.TestData("duplicate-id"));

        load.Should().Throw<FaqCorpusException>().WithMessage("*duplicate id 'same'*");
    }
}
