using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

public sealed class FaqLanguageDetectorTests
{
    [Theory]
    [InlineData("What are your opening hours?", FaqLanguage.En)]
    [InlineData("how can I call you", FaqLanguage.En)]
    [InlineData("I forgot my password", FaqLanguage.En)]
    [InlineData("Jak mogę się z wami skontaktować?", FaqLanguage.Pl)]
    [InlineData("jak sie zalogowac", FaqLanguage.Pl)]
    [InlineData("zapomniałem hasła", FaqLanguage.Pl)]
    public void Detects_the_language(string text, FaqLanguage expected) =>
        FaqLanguageDetector.Detect(text).Should().Be(expected);

    [Fact]
    public void Leaves_a_single_neutral_word_undecided() =>
        FaqLanguageDetector.Detect("pesel").Should().BeNull();

    [Fact]
    public void Answers_an_undecided_word_in_polish() =>
        FaqTestCorpus.Answerer.Answer("pesel").Language.Should().Be(FaqLanguage.Pl);
}
