using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

public sealed class FaqAnswererTests
{
    private static FaqAnswerer Answerer => FaqTestCorpus.Answerer;

    [Theory]
    [InlineData("Nie mogę się zalogować do konta", "login-problem")]
    [InlineData("nie moge sie zalogowac do konta", "login-problem")]
    [InlineData("nie moge sie zalgowac", "login-problem")]
    [InlineData("konto zablokowane", "account-locked")]
    [InlineData("zapomniałem hasła", "password-recovery")]
    [InlineData("haslo zapomnialem", "password-recovery")]
    [InlineData("mail", "email-address")]
    [InlineData("telefon", "hotline-numbers")]
    [InlineData("kontakt", "channels-overview")]
    public void Answers_real_polish_input(string question, string expectedId)
    {
        var answer = Answerer.Answer(question);
        answer.Outcome.Should().Be(FaqOutcome.Answered, because: $"'{question}' scored {answer.Score}");
        answer.Entry!.Id.Should().Be(expectedId);
        answer.Language.Should().Be(FaqLanguage.Pl);
    }

    [Theory]
    [InlineData("hasło AND login*", "password-recovery")]
    [InlineData("\"zapomniałem hasła\" ~2 [konto]:", "password-recovery")]
    public void Treats_query_syntax_as_plain_text(string question, string expectedId) =>
        Answerer.Answer(question).Entry?.Id.Should().Be(expectedId);

    [Theory]
    [InlineData("AND OR NOT * ~ : ( ) [ ] { } ^ \\ /")]
    [InlineData("")]
    [InlineData("   ")]
    public void Syntax_alone_or_nothing_is_unknown(string question) =>
        Answerer.Answer(question).Outcome.Should().Be(FaqOutcome.Unknown);

    [Theory]
    [InlineData("jaka będzie jutro pogoda w Krakowie")]
    [InlineData("przepis na bigos")]
    [InlineData("kto wygrał wczoraj mecz")]
    [InlineData("infolinia PKO BP godziny")]
    [InlineData("what is the capital of France")]
    public void Says_it_does_not_know_out_of_domain(string question)
    {
        var answer = Answerer.Answer(question);
        answer.Outcome.Should().Be(FaqOutcome.Unknown, because: $"'{question}' offered {answer.Entry?.Id} {string.Join(",", answer.Suggestions.Select(s => s.Id))}");
        answer.AnswerText.Should().BeNull();
    }

    [Theory]
    [InlineData("what is your phone number", "hotline-numbers")]
    [InlineData("I forgot my password", "password-recovery")]
    [InlineData("are you open on sunday", "trading-sunday")]
    public void Answers_english_questions_in_english(string question, string expectedId)
    {
        var answer = Answerer.Answer(question);
        answer.Entry?.Id.Should().Be(expectedId);
        answer.Language.Should().Be(FaqLanguage.En);
        answer.AnswerText.Should().Be(Answerer.AnswerEntry(expectedId, FaqLanguage.En)!.AnswerText);
    }

    [Fact]
    public void Offers_did_you_mean_when_two_entries_are_close()
    {
        var corpus = FaqCorpusLoader.Load(FaqTestCorpus.TestData("ambiguous"));
        var answerer = FaqTestCorpus.CreateAnswerer(corpus, FaqTestCorpus.Contact());

        var answer = answerer.Answer("karta klienta");

        answer.Outcome.Should().Be(FaqOutcome.DidYouMean);
        answer.Entry.Should().BeNull();
        answer.Suggestions.Select(s => s.Id).Should().BeEquivalentTo(["card-order", "card-block"]);
        answer.Suggestions.Select(s => s.Question).Should().BeEquivalentTo(["Jak zamówić kartę klienta?", "Jak zablokować kartę klienta?"]);
        answerer.Answer("how do I get a client card").Suggestions.Select(s => s.Question)
            .Should().BeEquivalentTo(["How do I order a client card?", "How do I block a client card?"]);
    }

    [Fact]
    public void A_posted_back_suggestion_is_answered_directly()
    {
        var corpus = FaqCorpusLoader.Load(FaqTestCorpus.TestData("ambiguous"));
        var answerer = FaqTestCorpus.CreateAnswerer(corpus, FaqTestCorpus.Contact());
        var suggestion = answerer.Answer("karta klienta").Suggestions[0];

        answerer.Answer(suggestion.Question).Entry!.Id.Should().Be(suggestion.Id);
        answerer.Answer(suggestion.Id).Entry!.Id.Should().Be(suggestion.Id);
    }

    [Fact]
    public void Fills_placeholders_from_contact_options()
    {
        var changed = FaqTestCorpus.CreateAnswerer(FaqTestCorpus.Real, FaqTestCorpus.Contact(hotline1: "800 111 222"));

        var text = changed.Answer("numer telefonu do Vivus").AnswerText;

        text.Should().Contain("[800 111 222](tel:+48800111222)")
            .And.Contain("[22 206 21 21](tel:+48222062121)")
            .And.NotContain("660 600 700")
            .And.NotContain("{");
        changed.Answer("adres e-mail").AnswerText.Should().Contain("[kontakt@vivus.pl](mailto:kontakt@vivus.pl)");
        changed.AnswerEntry("hotline-hours", FaqLanguage.Pl)!.AnswerText.Should().Contain("8:00–22:00").And.Contain("10:00–18:00");
    }

    [Fact]
    public void Every_answer_of_the_real_corpus_fills_all_placeholders()
    {
        foreach (var entry in FaqTestCorpus.Real.Entries)
        foreach (var language in new[] { FaqLanguage.Pl, FaqLanguage.En })
            Answerer.AnswerEntry(entry.Id, language)!.AnswerText.Should().NotContainAny("{", "}");
    }

    [Fact]
    public void Answer_carries_follow_ups_and_the_human_hint()
    {
        var answer = Answerer.Answer("nie dam rady spłacić raty");

        answer.Entry!.Id.Should().Be("repayment-problems");
        answer.NeedsHuman.Should().BeTrue();
        answer.FollowUps.Select(f => f.Id).Should().Equal("extension", "restructuring", "prepare-repayment-info");
        answer.FollowUps[0].Question.Should().Be(Answerer.FindEntry("extension")!.Title.Pl);
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        var results = Enumerable.Range(0, 200).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => Answerer.Answer(i % 2 == 0 ? "nie moge sie zalogowac" : "adres email").Entry?.Id)
            .ToList();

        results.Should().OnlyContain(id => id == "login-problem" || id == "email-address");
    }
}
