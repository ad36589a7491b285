using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Evaluation;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

/// <summary>
/// The cheap test run on every message, whether it could be about the hours at all, must agree with the full detection:
/// a message it turns away never reaches the hours engine.
/// </summary>
public sealed class HoursQuestionDetectorTests
{
    // One question per way the patterns recognize an hours question.
    public static TheoryData<string, string> HoursQuestions => new()
    {
        { "kiedy odpowiecie na mój mail?", "pl" },
        { "W jakich godzinach pracuje biuro?", "pl" },
        { "godziny otwarcia", "pl" },
        { "godziny infolinii", "pl" },
        { "kiedy jest czynna pomoc", "pl" },
        { "jaki jest grafik", "pl" },
        { "czy ktoś odbierze?", "pl" },
        { "do której mogę pisać", "pl" },
        { "od której jesteście", "pl" },
        { "o której otwieracie", "pl" },
        { "czy jesteście czynni", "pl" },
        { "czy jest otwarte", "pl" },
        { "kiedy otwierają", "pl" },
        { "czy jest zamknięte", "pl" },
        { "zamykacie dziś?", "pl" },
        { "nie mogę się dodzwonić", "pl" },
        { "jaka jest kolejka", "pl" },
        { "kiedy najlepiej dzwonić", "pl" },
        { "czy pracujecie w niedzielę", "pl" },
        { "kto ma dyżur", "pl" },
        { "czy teraz działa?", "pl" },
        { "chcę zadzwonić teraz", "pl" },
        { "infolinia teraz", "pl" },
        { "czy konsultant jest teraz", "pl" },
        { "kontakt teraz", "pl" },
        { "czy mogę się połączyć teraz", "pl" },
        { "when will you reply to my email", "en" },
        { "what are your opening hours", "en" },
        { "are you open now", "en" },
        { "is the office closed", "en" },
        { "what time are you closing", "en" },
        { "will someone pick up", "en" },
        { "is anyone there", "en" },
        { "is somebody available", "en" },
        { "until what time can I write", "en" },
        { "what time do you start", "en" },
        { "best time to call", "en" },
        { "how long is the queue", "en" },
        { "what is the waiting time", "en" },
        { "can I call now", "en" },
        { "phone you now", "en" },
        { "ring you now", "en" },
        { "hotline now", "en" },
        { "helpline now", "en" },
        { "when can I reach you", "en" },
        { "talk to someone now", "en" },
        { "speak to someone now", "en" },
        { "contact you now", "en" },
    };

    [Theory, MemberData(nameof(HoursQuestions))]
    public void An_hours_question_is_not_turned_away(string text, string language)
    {
        HoursQuestionDetector.Read(text, language).CouldBeAbout.Should().BeTrue();
        FoundByDetection(text, language).Should().BeTrue();
    }

    [Fact]
    public void Every_labelled_question_is_turned_away_exactly_when_detection_finds_nothing()
    {
        var questions = new[] { EvalSet.DefaultPath, Path.Combine(Path.GetDirectoryName(EvalSet.DefaultPath)!, "holdout-set.tsv") }
            .SelectMany(path => EvalSet.Load(path).Select(c => c.Question))
            .Concat(HoursQuestions.Select(row => (string)row[0]))
            .ToList();

        var disagreements = questions
            .SelectMany(q => new[] { "pl", "en" }, (question, language) => (question, language))
            .Where(c => HoursQuestionDetector.Read(c.question, c.language).CouldBeAbout != FoundByDetection(c.question, c.language))
            .ToList();

        questions.Should().HaveCountGreaterThan(200);
        questions.Count(q => HoursQuestionDetector.Read(q, (FaqLanguageDetector.Detect(q) ?? FaqLanguage.Pl).Code()).CouldBeAbout).Should().BeGreaterThan(50);
        disagreements.Should().BeEmpty();
    }

    private static bool FoundByDetection(string text, string language) =>
        HoursQuestionDetector.Read(text, language).Kind(mentionsTime: true) != QuestionKind.None ||
        HoursQuestionDetector.Read(text, language).Kind(mentionsTime: false) != QuestionKind.None;
}
