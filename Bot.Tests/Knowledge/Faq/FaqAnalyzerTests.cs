using Vivus.Advisor.Knowledge.Faq.Analysis;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

public sealed class FaqAnalyzerTests
{
    private readonly FaqAnalyzer _analyzer = new();

    private string Single(string word) => _analyzer.Terms(word).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("pożyczka", "pozyczka")]
    [InlineData("hasło", "haslo")]
    [InlineData("Zalogować", "zalogowac")]
    [InlineData("PÓŹNO", "pozno")]
    public void Folds_diacritics_and_case(string withDiacritics, string without) =>
        Single(withDiacritics).Should().Be(Single(without));

    [Theory]
    [InlineData("zalogować", "logowanie")]
    [InlineData("zalogowanie", "logowanie")]
    [InlineData("zalogowałem", "logowanie")]
    [InlineData("pożyczki", "pożyczka")]
    [InlineData("pożyczkę", "pożyczka")]
    [InlineData("pożyczek", "pożyczka")]
    [InlineData("godzinach", "godziny")]
    [InlineData("niedzielę", "niedziela")]
    [InlineData("reklamację", "reklamacja")]
    public void Stems_inflected_forms_to_the_same_term(string inflected, string basic) =>
        Single(inflected).Should().Be(Single(basic));

    [Theory]
    [InlineData("mail", "email")]
    [InlineData("maila", "e-mail")]
    [InlineData("infolinia", "telefon")]
    [InlineData("login", "zalogować")]
    [InlineData("skarga", "reklamacja")]
    public void Maps_domain_synonyms_to_one_term(string word, string synonym) =>
        _analyzer.Terms(word).Last().Should().Be(_analyzer.Terms(synonym).Last());

    [Fact]
    public void Drops_function_words_of_both_languages() =>
        _analyzer.Terms("jak mogę się z wami skontaktować? how can I contact you").Should().Equal("kontakt", "kontakt");

    [Fact]
    public void Keeps_different_topics_apart()
    {
        Single("poniedziałek").Should().NotBe(Single("niedziela"));
        Single("hasło").Should().NotBe(Single("telefon"));
    }

    [Theory]
    [InlineData("pozyczki", "pozycz")]
    [InlineData("zalogowania", "log")]
    [InlineData("wniosku", "wnios")]
    [InlineData("pin", "pin")]
    public void Stemmer_strips_suffixes_prefixes_and_diminutive_k(string word, string stem) =>
        LightPolishStemmer.Stem(word).Should().Be(stem);
}
