namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

public class HoursQuestionAnswererTests
{
    private static string? Ask(string text, string language, DateTime? now = null) =>
        new TestHotline(now ?? new DateTime(2026, 11, 25, 16, 40, 0)).Answerer.Answer(text, language);

    [Theory]
    [InlineData("czy teraz ktoś odbierze?", "pl", "działa teraz")]
    [InlineData("do której dzisiaj?", "pl", "do 22:00")]
    [InlineData("czy w niedzielę 13 grudnia mogę zadzwonić?", "pl", "od 10:00 do 18:00 — to niedziela handlowa")]
    [InlineData("czy w niedzielę 14 grudnia mogę zadzwonić?", "pl", "to poniedziałek, a nie niedziela")]
    [InlineData("czy jesteście otwarci w Wigilię?", "pl", "Wigilia Bożego Narodzenia")]
    [InlineData("czy w sobotę o 21 ktoś odbierze?", "pl", "nie działa")]
    [InlineData("kiedy odpowiecie na maila?", "pl", "kontakt@vivus.pl")]
    [InlineData("w jakich godzinach działa infolinia?", "pl", "od poniedziałku do piątku 8:00–22:00")]
    [InlineData("are you open on Saturday at 9pm?", "en", "closed")]
    [InlineData("is anyone there now?", "en", "open now")]
    [InlineData("how long until you reply to my email?", "en", "24 hours")]
    public void Answers_hours_questions(string text, string language, string expected) =>
        Ask(text, language).Should().Contain(expected);

    [Theory]
    [InlineData("jak przedłużyć pożyczkę?", "pl")]
    [InlineData("jaki jest numer konta do spłaty?", "pl")]
    [InlineData("jak działa przedłużenie terminu?", "pl")]
    [InlineData("how do I repay my loan?", "en")]
    public void Leaves_other_questions_to_the_faq(string text, string language) => Ask(text, language).Should().BeNull();

    [Fact]
    public void When_closed_it_says_when_it_opens_and_offers_email()
    {
        var answer = Ask("czy ktoś teraz odbierze?", "pl", new DateTime(2026, 11, 28, 21, 0, 0));
        answer.Should().Contain("nieczynna").And.Contain("w poniedziałek 30 listopada o 8:00").And.Contain("kontakt@vivus.pl");
    }
}
