using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

/// <summary>
/// The Polish recognizer skips its patterns for a text without a digit or a time word: no pattern may match such a
/// text, or a question naming a time would be answered as if it named none.
/// </summary>
public sealed class PolishTimeWordsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0);
    private static readonly PolishTimeRecognizer Recognizer = new TestHotline(Now).Polish;

    // Every word the patterns name, in the forms they take, and the little words between them.
    private static readonly string[] PatternWords =
    [
        "poniedziałek", "poniedzialku", "wtorek", "wtorki", "środa", "środę", "srodzie", "czwartek", "piątek", "piatku", "sobota",
        "sobotę", "sobocie", "niedziela", "niedzieli", "najbliższą", "przyszły", "w", "we", "na", "od", "do", "ta", "ten", "o", "po",
        "przed", "około", "kolo", "godz.", "godzinie", "godzina", "wpół", "pierwszej", "drugiej", "trzeciej", "czwartej", "piątej",
        "szóstej", "siódmej", "ósmej", "dziewiątej", "dziesiątej", "jedenastej", "dwunastej", "trzynastej", "czternastej",
        "piętnastej", "szesnastej", "siedemnastej", "osiemnastej", "dziewiętnastej", "dwudziestej", "południe", "północy", "północ",
        "wigilia", "wigilię", "sylwester", "sylwestra", "nowy rok", "nowego roku", "trzech króli", "handlowa", "handlowej",
        "następna", "wielkanoc", "wielkanocy", "święta wielkanocne", "poniedziałek wielkanocny", "lany poniedziałek",
        "wszystkich świętych", "boże ciało", "bożego ciała", "boże narodzenie", "bożego narodzenia", "święta", "bożonarodzeniowe",
        "stycznia", "lutego", "marca", "maja", "grudnia", "listopada", "dzisiaj", "dziś", "jutro", "pojutrze", "wczoraj",
        "przedwczoraj", "rano", "z rana", "rankiem", "przed południem", "po południu", "popołudniu", "wieczorem", "wieczór",
        "wieczorkiem", "w nocy", "nocą", "8", "15:30", "9.15", "24", "1/12", "٣",
    ];

    [Fact]
    public void Labelled_questions_and_random_texts_are_recognized_alike_with_and_without_the_skip() =>
        TimeWordsSkip.IsSound(PatternWords, _ => " ", PolishText.Fold,
            folded => Recognizer.RecognizeFolded(folded, DateOnly.FromDateTime(Now)),
            text => Recognizer.Recognize(text, Now),
            PolishTimeRecognizer.MayMentionTime);

    [Theory]
    [InlineData("numer infolinii")]
    [InlineData("kontakt vivus")]
    [InlineData("jaki mail podać konsultantowi")]
    public void Contact_questions_without_a_time_skip_the_patterns(string question) =>
        PolishTimeRecognizer.MayMentionTime(PolishText.Fold(question)).Should().BeFalse();

    [Theory]
    [InlineData("czy o ٣ ktoś odbierze?")]
    [InlineData("dzwonię ١٥.١٢ o ٩")]
    [InlineData("is anyone there at ٣ pm?")]
    public void Digits_of_other_scripts_are_not_read_as_a_time(string question)
    {
        var hotline = new TestHotline(Now);

        hotline.Polish.Recognize(question, Now).Should().BeNull();
        hotline.English.Recognize(question, Now).Should().BeNull();
    }
}
