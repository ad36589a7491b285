using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

/// <summary>Time expressions resolved against Wednesday 25 November 2026, 16:40 in Warsaw.</summary>
public class TimeExpressionTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 16, 40, 0);

    public static TheoryData<string, string> Polish => new()
    {
        { "czy dziś ktoś odbierze?", "2026-11-25" },
        { "dzisiaj", "2026-11-25" },
        { "dzis wieczorem", "2026-11-25 EV" },
        { "jutro", "2026-11-26" },
        { "jutro rano", "2026-11-26 MO" },
        { "jutro o 15", "2026-11-26 15:00" },
        { "jutro o 15:30", "2026-11-26 15:30" },
        { "jutro o 7.45", "2026-11-26 07:45" },
        { "pojutrze", "2026-11-27" },
        { "pojutrze po południu", "2026-11-27 AF" },
        { "pojutrze po poludniu", "2026-11-27 AF" },
        { "w poniedziałek", "2026-11-30" },
        { "w poniedzialek rano", "2026-11-30 MO" },
        { "we wtorek", "2026-12-01" },
        { "we wtorek o 15.30", "2026-12-01 15:30" },
        { "w środę", "2026-11-25" },
        { "w srode o 21", "2026-11-25 21:00" },
        { "w czwartek", "2026-11-26" },
        { "w piątek", "2026-11-27" },
        { "w piatek wieczorem", "2026-11-27 EV" },
        { "w sobotę", "2026-11-28" },
        { "w sobote wieczorem", "2026-11-28 EV" },
        { "w sobotę o 21", "2026-11-28 21:00" },
        { "w sobotę o 8 wieczorem", "2026-11-28 20:00" },
        { "w niedzielę", "2026-11-29" },
        { "w niedziele o 12", "2026-11-29 12:00" },
        { "w najbliższą sobotę", "2026-11-28" },
        { "w przyszły poniedziałek", "2026-11-30" },
        { "o 15", "2026-11-26 15:00" },
        { "o 18", "2026-11-25 18:00" },
        { "o 21:30", "2026-11-25 21:30" },
        { "o godz. 9", "2026-11-26 09:00" },
        { "o godzinie 20", "2026-11-25 20:00" },
        { "o wpół do dziesiątej", "2026-11-26 09:30" },
        { "o wpol do dziesiatej wieczorem", "2026-11-25 21:30" },
        { "o ósmej", "2026-11-26 08:00" },
        { "o osmej wieczorem", "2026-11-25 20:00" },
        { "o dwudziestej pierwszej", "2026-11-25 21:00" },
        { "o trzeciej po południu", "2026-11-26 15:00" },
        { "w południe", "2026-11-26 12:00" },
        { "rano", "2026-11-25 MO" },
        { "po południu", "2026-11-25 AF" },
        { "wieczorem", "2026-11-25 EV" },
        { "w nocy", "2026-11-25 NI" },
        { "o 11 w nocy", "2026-11-25 23:00" },
        { "24 grudnia", "2026-12-24" },
        { "24 grudnia o 10", "2026-12-24 10:00" },
        { "1 stycznia", "2027-01-01" },
        { "6 stycznia 2027", "2027-01-06" },
        { "3 maja", "2027-05-03" },
        { "30 listopada", "2026-11-30" },
        { "24.12", "2026-12-24" },
        { "24.12.2026", "2026-12-24" },
        { "2.01.2027 o 9:00", "2027-01-02 09:00" },
        { "15 października", "2027-10-15" },
        { "15 pazdziernika", "2027-10-15" },
        { "w święta", "2026-12-25" },
        { "w swieta", "2026-12-25" },
        { "w Wigilię", "2026-12-24" },
        { "w wigilie wieczorem", "2026-12-24 EV" },
        { "w Sylwestra", "2026-12-31" },
        { "w sylwestra o 20", "2026-12-31 20:00" },
        { "w Nowy Rok", "2027-01-01" },
        { "w Wielkanoc", "2027-03-28" },
        { "w poniedziałek wielkanocny", "2027-03-29" },
        { "w Boże Ciało", "2027-05-27" },
        { "w najbliższą niedzielę handlową", "2026-12-06" },
        { "w najblizsza niedziele handlowa", "2026-12-06" },
        { "w niedzielę 13 grudnia", "2026-12-13" },
        { "w niedzielę 14 grudnia", "2026-12-14 !Sunday" },
        { "w sobotę 24.12", "2026-12-24 !Saturday" },
        { "czy teraz ktoś odbierze?", "" },
        { "jak przedłużyć pożyczkę?", "" },
    };

    public static TheoryData<string, string> English => new()
    {
        { "are you open on Saturday at 9pm?", "2026-11-28 21:00" },
        { "tomorrow morning", "2026-11-26 MO" },
        { "December 24", "2026-12-24" },
        { "can I call tomorrow at 8am?", "2026-11-26 08:00" },
        { "today", "2026-11-25" },
        { "this evening", "2026-11-25 EV" },
        { "tonight", "2026-11-25 NI" },
        { "on Friday afternoon", "2026-11-27 AF" },
        { "on Sunday", "2026-11-29" },
        { "on Monday at noon", "2026-11-30 12:00" },
        { "at 9pm", "2026-11-25 21:00" },
        { "at 10am", "2026-11-26 10:00" },
        { "at 8:30 am tomorrow", "2026-11-26 08:30" },
        { "on Christmas Eve", "2026-12-24" },
        { "on Christmas", "2026-12-25" },
        { "on New Year's Eve", "2026-12-31" },
        { "on January 6", "2027-01-06" },
        { "on 13 December", "2026-12-13" },
        { "on Sunday December 14", "2026-12-14 !Sunday" },
        { "on Sunday December 13", "2026-12-13" },
        { "on Saturday evening", "2026-11-28 EV" },
        { "next Tuesday", "2026-12-01" },
        { "is anyone there now?", "" },
        // Expressions without a digit, which the recognizer's word check must let through.
        { "can I call at half past eight?", "2026-11-26 08:30" },
        { "can i call tonite", "2026-11-25 NI" },
        { "in a couple of hours", "2026-11-25 18:40" },
        { "can I call in a few minutes", "2026-11-25 16:43" },
        { "on the first of december", "2026-12-01" },
        { "the day after tomorrow", "2026-11-27" },
        { "are you open on weds?", "2026-11-25" },
        // Weekdays abbreviated, in the plural, with "this", "next" and "last".
        { "are you open on sundays?", "2026-11-29" },
        { "open tues?", "2026-12-01" },
        { "are you open thurs?", "2026-11-26" },
        { "fri evening", "2026-11-27 EV" },
        { "are you open sat?", "2026-11-28" },
        { "is the hotline open this Friday?", "2026-11-27" },
        { "can I call next Friday?", "2026-12-04" },
        { "I called last Monday", "2026-11-23" },
        { "can i call tmrw", "2026-11-26" },
        { "yesterday", "2026-11-24" },
        // Dates in words and digits, day first as in Poland and Britain unless only the American order makes sense.
        { "on the 24th of December", "2026-12-24" },
        { "on the twenty-fourth of december", "2026-12-24" },
        { "dec 24th at 10am", "2026-12-24 10:00" },
        { "on 24/12", "2026-12-24" },
        { "on 12/24", "2026-12-24" },
        { "on 5/12", "2026-12-05" },
        { "on 24.12.2026", "2026-12-24" },
        // Named days, the movable ones from Easter.
        { "are you open at Easter?", "2027-03-28" },
        { "on Easter Monday", "2027-03-29" },
        { "on Good Friday", "2027-03-26" },
        { "on Corpus Christi", "2027-05-27" },
        { "on All Saints' Day", "2027-11-01" },
        { "on Independence Day", "2027-11-11" },
        { "on Boxing Day", "2026-12-26" },
        { "on New Year's Day", "2027-01-01" },
        { "on new year’s eve", "2026-12-31" },
        { "on the next trading sunday", "2026-12-06" },
        { "on Sunday 25 December", "2026-12-25 !Sunday" },
        // Clock times in digits and words, and a part of the day that moves them past noon.
        { "can I call at quarter to nine?", "2026-11-26 08:45" },
        { "can I call at half nine?", "2026-11-26 09:30" },
        { "can I call at 9:30?", "2026-11-26 09:30" },
        { "until 21:00", "2026-11-25 21:00" },
        { "at 9 pm", "2026-11-25 21:00" },
        { "at 12am", "2026-11-26 00:00" },
        { "at midday", "2026-11-26 12:00" },
        { "at midnight", "2026-11-26 00:00" },
        { "at eight o'clock", "2026-11-26 08:00" },
        { "at ten in the evening", "2026-11-25 22:00" },
        { "tonight at 8", "2026-11-25 20:00" },
        { "tomorrow evening at 7", "2026-11-26 19:00" },
        { "is anyone there at night?", "2026-11-25 NI" },
        { "can I call in 2 hours?", "2026-11-25 18:40" },
        { "in half an hour", "2026-11-25 17:10" },
        // Not times.
        { "how do I repay my loan", "" },
        { "are you open 24/7?", "" },
        { "I sat on hold for an hour", "" },
        { "good morning, are you open?", "" },
        { "you may first need to log in", "" },
        { "what are your business hours?", "" },
        { "is the hotline open after 5 working days?", "" },
    };

    [Theory, MemberData(nameof(Polish))]
    public void Polish_expressions_resolve(string text, string expected) =>
        Describe(new PolishTimeRecognizer(new TestHotline(Now).Calendar), text).Should().Be(expected, text);

    [Theory, MemberData(nameof(English))]
    public void English_expressions_resolve(string text, string expected) =>
        Describe(new EnglishTimeRecognizer(new TestHotline(Now).Calendar), text).Should().Be(expected, text);

    private static string Describe(ITimeRecognizer recognizer, string text)
    {
        var mention = recognizer.Recognize(text, Now);
        if (mention is null || TimexResolver.Resolve(mention, Now) is not { } resolved)
            return "";
        var detail = resolved.Time is { } time ? $" {time:HH:mm}" : resolved.PartOfDay is { } part ? $" {part}" : "";
        var mismatch = resolved.MismatchedWeekday is { } stated ? $" !{stated}" : "";
        return $"{resolved.Date:yyyy-MM-dd}{detail}{mismatch}";
    }
}
