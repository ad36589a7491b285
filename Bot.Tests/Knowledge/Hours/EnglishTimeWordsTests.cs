using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

/// <summary>
/// The English recognizer skips its patterns for a text without a digit or a time word: no pattern may match such a
/// text, or a question naming a time would be answered as if it named none.
/// </summary>
public sealed class EnglishTimeWordsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0);
    private static readonly EnglishTimeRecognizer Recognizer = new TestHotline(Now).English;

    // Every word the patterns name, in the forms they take, the little words between them, and words that only look alike.
    private static readonly string[] PatternWords =
    [
        "in", "an", "a", "a couple of", "a few", "several", "half an", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "next", "last", "past",
        "this", "coming", "this coming", "i", "we", "mon", "monday", "mondays", "tue", "tues", "tuesday", "wed", "weds", "wednesday",
        "thu", "thur", "thurs", "thursday", "thursdays", "fri", "friday", "sat", "saturday", "sun", "sunday", "sundays", "half",
        "half past", "quarter past", "a quarter to", "quarter after", "till", "before", "am", "pm", "a.m.", "p.m.", "o'clock",
        "oclock", "o clock", "at", "by", "after", "until", "til", "around", "about", "around about", "noon", "midday", "midnight",
        "christmas eve", "xmas", "christmas day", "boxing day", "second day of christmas", "new year's eve", "new years eve", "nye",
        "new year’s day", "epiphany", "three kings' day", "good friday", "easter monday", "easter sunday", "labour day",
        "labor day", "may day", "constitution day", "pentecost", "whit sunday", "whitsunday", "corpus christi", "assumption day",
        "all saints' day", "all saint's day", "independence day", "halloween", "valentine's day", "thanksgiving", "trading sunday",
        "next trading sundays", "the", "of", "first", "second", "third", "tenth", "twentieth", "twenty-first", "thirty first",
        "thirtyfirst", "twelfth", "january", "jan", "feb", "march", "apr", "may", "june", "jul", "aug", "sept", "september", "oct",
        "nov", "dec.", "december", "2026", ",", "day after tomorrow", "the day before yesterday", "today", "tonight", "tonite",
        "tomorrow", "tomorow", "tommorrow", "tmr", "tmrw", "2moro", "yesterday", "last night", "good morning", "morning",
        "afternoons", "evening", "night", "good night", "8", "15:30", "9.15", "24", "24/7", "1/12", "12/24/2026", "5%", "sunny",
        "month", "money", "friend", "phone", "someone", "often", "mayor", "saints",
    ];

    [Fact]
    public void Labelled_questions_and_random_texts_are_recognized_alike_with_and_without_the_skip() =>
        TimeWordsSkip.IsSound(PatternWords, random => random.Next(4) == 0 ? "  " : " ",
            text => text.ToLowerInvariant().Replace('’', '\''),
            lower => Recognizer.RecognizeLower(lower, Now),
            text => Recognizer.Recognize(text, Now),
            EnglishTimeRecognizer.MayMentionTime);

    [Theory]
    [InlineData("what is your phone number")]
    [InlineData("how can I contact someone")]
    [InlineData("can I call a consultant")]
    public void Contact_questions_without_a_time_skip_the_patterns(string question) =>
        EnglishTimeRecognizer.MayMentionTime(question.ToLowerInvariant()).Should().BeFalse();
}
