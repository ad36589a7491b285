using System.Globalization;
using System.Text.RegularExpressions;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>
/// English time expressions as customers of the hotline type them: relative days, weekdays with their abbreviations
/// and plurals, dates, named holidays, clock times in digits or words, parts of the day and "in two hours". Hand-written
/// like <see cref="PolishTimeRecognizer"/> and emitting the same TIMEX strings: the general-purpose library it replaces
/// cost up to half a millisecond a question and 10 MB of model for far more than customers ask about.
/// </summary>
public sealed partial class EnglishTimeRecognizer(HotlineCalendar calendar) : ITimeRecognizer
{
    private const string Hour = @"(?<h>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";

    private const string DigitDay = @"(?<day>[0-9]{1,2})(?:st|nd|rd|th)?";

    private const string OrdinalDay =
        @"(?<ord>(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth"
        + @"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
        + @"|nineteenth|twentieth|thirtieth)";

    private const string Year = @"(?:,?\s+(?<year>[0-9]{4})\b)?";

    /// <summary>Every spelling of a month or weekday starts with its three letters here, in calendar or DayOfWeek order.</summary>
    private const string MonthOrder = "janfebmaraprmayjunjulaugsepoctnovdec";

    private const string WeekdayOrder = "sunmontuewedthufrisat";

    /// <summary>A weekday named on its own, or the date a "next" or "last" pins it to.</summary>
    private readonly record struct NamedWeekday(DayOfWeek Day, string Timex);

    // Without an ASCII digit, every pattern needs one of these words, whole: an hour or an ordinal in words, a unit of
    // "in a few hours", a weekday, a named day, a relative day or a part of the day. A contact question that reaches the
    // recognizer for its keywords ("what is your phone number") names none of them, and running the patterns cost it 7 µs.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = new HashSet<string>(
        [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
            .. from tens in new[] { "twenty", "thirty" }
               from unit in new[] { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth" }
               select tens + unit,
            "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
            .. from day in new[]
               {
                   "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs", "thurday", "thursday",
                   "fri", "friday", "sat", "saturday", "sun", "sunday",
               }
               from form in new[] { day, day + "s" }
               select form,
            "christmas", "xmas", "boxing", "year", "years", "nye", "epiphany", "kings", "easter", "labour", "labor", "may",
            "constitution", "pentecost", "whit", "whitsunday", "corpus", "assumption", "saint", "saints", "independence",
            "halloween", "valentine", "valentines", "thanksgiving",
            "today", "tonight", "tonite", "tomorrow", "tomorow", "tommorow", "tommorrow", "tmr", "tmrw", "yesterday",
            "noon", "midday", "midnight", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
        ],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public TimeMention? Recognize(string text, DateTime localNow)
    {
        // Phones and Macs type a curly apostrophe: "new year’s eve".
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        return MayMentionTime(lower) ? RecognizeLower(lower, localNow) : null;
    }

    /// <summary>
    /// Whether any pattern could match the lower-cased text: it holds an ASCII digit or a time word. The patterns bound their
    /// words with \b, so a word here is a run of letters, digits and '_', all of which \b also takes for word characters.
    /// </summary>
    internal static bool MayMentionTime(string lower)
    {
        var text = lower.AsSpan();
        if (text.IndexOfAnyInRange('0', '9') >= 0)
            return true;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                if (TimeWords.Contains(text[start..i]))
                    return true;
                start = -1;
            }
        }
        return false;
    }

    /// <summary>Runs every pattern over the lower-cased text.</summary>
    internal TimeMention? RecognizeLower(string lower, DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var spans = new List<string>();

        if (FromNow(lower, localNow, spans) is { } moment)
            return new TimeMention(moment, string.Join(" ", spans));

        var weekday = Weekday(lower, today, spans);
        var clock = Clock(ref lower, spans);
        var date = NamedDay(lower, today, spans) ?? ExplicitDate(lower, spans) ?? RelativeDay(lower, today, spans);
        var part = PartOfDay(lower, spans);

        if (date is null && weekday is null && clock is null && part is null)
            return null;

        var datePart = date ?? weekday?.Timex ?? "";
        var timePart = clock is { } c ? TimexText.Time(AdjustForPart(c, part)) : part is null ? "" : $"T{part}";
        return new TimeMention(datePart + timePart, string.Join(" ", spans), date is null ? null : weekday?.Day);
    }

    /// <summary>"in 2 hours", "in a few minutes": a moment counted from now, so the date comes with it.</summary>
    private static string? FromNow(string lower, DateTime localNow, List<string> spans)
    {
        var match = FromNowRegex().Match(lower);
        if (!match.Success)
            return null;
        var count = match.Groups["n"].Value switch
        {
            "a" or "an" => 1,
            var n when n.Contains("couple") => 2,
            // "a few" is read as three, as the library did before.
            var n when n.Contains("few") || n == "several" => 3,
            var n when n.StartsWith("half", StringComparison.Ordinal) => 0.5,
            var n => EnglishNumberWords.Cardinal(n),
        };
        var minutes = match.Groups["unit"].Value.StartsWith('h') ? count * 60 : count;
        spans.Add(match.Value);
        var at = localNow.AddMinutes(Math.Round(minutes));
        return TimexText.Date(DateOnly.FromDateTime(at)) + TimexText.Time(TimeOnly.FromDateTime(at));
    }

    private static NamedWeekday? Weekday(string lower, DateOnly today, List<string> spans)
    {
        var match = WeekdayRegex().Match(lower);
        if (!match.Success)
            return null;
        spans.Add(match.Value);
        var day = (DayOfWeek)(WeekdayOrder.IndexOf(match.Groups["day"].Value[..3], StringComparison.Ordinal) / 3);
        var timex = match.Groups["which"].Value switch
        {
            // "next Friday" is Friday of next week, as the library read it; "last Monday" the latest Monday before today.
            "next" => TimexText.Date(today.AddDays(8 - TimexText.IsoWeekday(today.DayOfWeek) + TimexText.IsoWeekday(day) - 1)),
            "last" or "past" => TimexText.Date(today.AddDays(-(((int)today.DayOfWeek - (int)day + 6) % 7 + 1))),
            _ => TimexText.AnyWeekday(day),
        };
        return new NamedWeekday(day, timex);
    }

    /// <summary>Finds a clock time and blanks it out, so "at 9.30" is not read as a date.</summary>
    private static TimeOnly? Clock(ref string lower, List<string> spans)
    {
        foreach (var (pattern, read) in ClockReaders)
        {
            var match = pattern.Match(lower);
            if (!match.Success || read(match) is not { } found)
                continue;
            spans.Add(match.Value.Trim());
            lower = lower.Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length));
            return found;
        }
        return null;
    }

    /// <summary>The clock patterns, most specific first: "quarter to nine" holds a bare "nine", "9:30pm" a "9:30".</summary>
    private static readonly (Regex Pattern, Func<Match, TimeOnly?> Read)[] ClockReaders =
    [
        (QuarterOrHalfRegex(), QuarterOrHalf),
        (MeridiemRegex(), Meridiem),
        (DigitalRegex(), HourAndMinute),
        (OClockRegex(), HourAndMinute),
        (AfterPrepositionRegex(), HourAndMinute),
        (NoonRegex(), match => match.Value == "midnight" ? TimeOnly.MinValue : new TimeOnly(12, 0)),
    ];

    private static TimeOnly? QuarterOrHalf(Match match)
    {
        var hour = EnglishNumberWords.Cardinal(match.Groups["h"].Value);
        if (hour is < 1 or > 24)
            return null;
        if (match.Groups["to"].Success)
            return new TimeOnly((hour + 23) % 24, 45);
        return new TimeOnly(hour % 24, match.Groups["half"].Success ? 30 : 15);
    }

    private static TimeOnly? Meridiem(Match match)
    {
        var hour = EnglishNumberWords.Cardinal(match.Groups["h"].Value);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour is < 1 or > 12 || minute > 59)
            return null;
        return new TimeOnly(hour % 12 + (match.Groups["ap"].Value == "p" ? 12 : 0), minute);
    }

    private static TimeOnly? HourAndMinute(Match match)
    {
        var hour = EnglishNumberWords.Cardinal(match.Groups["h"].Value);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and <= 24 && minute < 60 ? new TimeOnly(hour % 24, minute) : null;
    }

    private string? NamedDay(string lower, DateOnly today, List<string> spans)
    {
        var match = NamedDayRegex().Match(lower);
        if (!match.Success)
            return null;
        var name = match.Value;
        // Poland's public holidays by their English names, and a few other days customers name.
        var date = name switch
        {
            _ when name.StartsWith("christmas eve", StringComparison.Ordinal) || name.StartsWith("xmas eve", StringComparison.Ordinal) => "XXXX-12-24",
            _ when name.StartsWith("boxing", StringComparison.Ordinal) || name.StartsWith("second day", StringComparison.Ordinal) => "XXXX-12-26",
            _ when name.StartsWith("christmas", StringComparison.Ordinal) || name.StartsWith("xmas", StringComparison.Ordinal) => "XXXX-12-25",
            _ when name.EndsWith("eve", StringComparison.Ordinal) || name == "nye" => "XXXX-12-31",
            _ when name.StartsWith("new year", StringComparison.Ordinal) => "XXXX-01-01",
            _ when name.StartsWith("epiphany", StringComparison.Ordinal) || name.StartsWith("three kings", StringComparison.Ordinal) => "XXXX-01-06",
            _ when name.StartsWith("good friday", StringComparison.Ordinal) => TimexText.Date(Easter.NextMovableFeast(today, -2)),
            _ when name.StartsWith("easter monday", StringComparison.Ordinal) => TimexText.Date(Easter.NextMovableFeast(today, 1)),
            _ when name.StartsWith("easter", StringComparison.Ordinal) => TimexText.Date(Easter.NextMovableFeast(today, 0)),
            _ when name.StartsWith("lab", StringComparison.Ordinal) || name.StartsWith("may day", StringComparison.Ordinal) => "XXXX-05-01",
            _ when name.StartsWith("constitution", StringComparison.Ordinal) => "XXXX-05-03",
            _ when name.StartsWith("pentecost", StringComparison.Ordinal) || name.StartsWith("whit", StringComparison.Ordinal) => TimexText.Date(Easter.NextMovableFeast(today, 49)),
            _ when name.StartsWith("corpus", StringComparison.Ordinal) => TimexText.Date(Easter.NextMovableFeast(today, 60)),
            _ when name.StartsWith("assumption", StringComparison.Ordinal) => "XXXX-08-15",
            _ when name.StartsWith("all saint", StringComparison.Ordinal) => "XXXX-11-01",
            // The Polish one, 11 November, the day the hotline is closed; not the American 4 July.
            _ when name.StartsWith("independence", StringComparison.Ordinal) => "XXXX-11-11",
            _ when name.StartsWith("halloween", StringComparison.Ordinal) => "XXXX-10-31",
            _ when name.StartsWith("valentine", StringComparison.Ordinal) => "XXXX-02-14",
            _ when name.StartsWith("thanksgiving", StringComparison.Ordinal) => TimexText.Date(NextThanksgiving(today)),
            _ => calendar.NextTradingSunday(today) is { } sunday ? TimexText.Date(sunday) : null,
        };
        if (date is not null)
            spans.Add(name);
        return date;
    }

    /// <summary>The American Thanksgiving, the fourth Thursday of November, this year's or, once past, next year's.</summary>
    private static DateOnly NextThanksgiving(DateOnly today)
    {
        var thisYear = FourthThursdayOfNovember(today.Year);
        return thisYear >= today ? thisYear : FourthThursdayOfNovember(today.Year + 1);
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        return first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7 + 21);
    }

    private static string? ExplicitDate(string lower, List<string> spans)
    {
        int day, month;
        var match = DayFirstDateRegex().Match(lower);
        if (!match.Success)
            match = MonthFirstDateRegex().Match(lower);
        if (match.Success)
        {
            month = MonthOrder.IndexOf(match.Groups["month"].Value[..3], StringComparison.Ordinal) / 3 + 1;
            day = match.Groups["ord"].Success ? EnglishNumberWords.Ordinal(match.Groups["ord"].Value.Replace(' ', '-')) : int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        }
        else if ((match = NumericDateRegex().Match(lower)).Success)
        {
            // Day first, as in Poland and Britain; a slashed date that cannot be read so ("12/24") is American.
            day = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (month > 12 && day <= 12 && match.Groups["sep"].Value == "/")
                (day, month) = (month, day);
        }
        else
            return null;

        var year = match.Groups["year"].Success ? FullYear(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)) : (int?)null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2028, month))
            return null;
        spans.Add(match.Value.Trim());
        return string.Create(CultureInfo.InvariantCulture, $"{(year is null ? "XXXX" : year.Value.ToString("D4", CultureInfo.InvariantCulture))}-{month:D2}-{day:D2}");
    }

    /// <summary>"24/12/26" is 2026.</summary>
    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    private static string? RelativeDay(string lower, DateOnly today, List<string> spans)
    {
        var match = RelativeDayRegex().Match(lower);
        if (!match.Success)
            return null;
        spans.Add(match.Value);
        var offset = match.Value switch
        {
            "today" or "tonight" or "tonite" => 0,
            var v when v.Contains("after") => 2,
            var v when v.Contains("before") => -2,
            var v when v.StartsWith("yesterday", StringComparison.Ordinal) || v.StartsWith("last", StringComparison.Ordinal) => -1,
            _ => 1,
        };
        return TimexText.Date(today.AddDays(offset));
    }

    private static string? PartOfDay(string lower, List<string> spans)
    {
        var match = PartOfDayRegex().Match(lower);
        if (!match.Success)
            return null;
        spans.Add(match.Value);
        return match.Value switch
        {
            var v when v.StartsWith("morning", StringComparison.Ordinal) => "MO",
            var v when v.StartsWith("afternoon", StringComparison.Ordinal) => "AF",
            var v when v.StartsWith("evening", StringComparison.Ordinal) => "EV",
            _ => "NI",
        };
    }

    /// <summary>"at 8 in the evening" is 20:00, "at 3 in the afternoon" 15:00, "tonight at 9" 21:00, "at 2 at night" 2:00.</summary>
    private static TimeOnly AdjustForPart(TimeOnly clock, string? part) => part switch
    {
        "AF" or "EV" when clock.Hour is >= 1 and < 12 => clock.AddHours(12),
        "NI" when clock.Hour is >= 6 and < 12 => clock.AddHours(12),
        _ => clock,
    };

    [GeneratedRegex(@"\bin\s+(?<n>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several|half\s+an)\s+(?<unit>hours?|hrs?|minutes?|mins?)\b")]
    private static partial Regex FromNowRegex();

    /// <summary>Full names, abbreviations and plurals ("weds", "thurs", "sundays"); "i sat" is the verb, not Saturday.</summary>
    [GeneratedRegex(@"\b(?:(?<which>next|last|past|this|coming|this\s+coming)\s+)?(?<!\b(?:i|we|you|they|he|she)\s)(?<day>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\b")]
    private static partial Regex WeekdayRegex();

    /// <summary>"half past eight", "half eight" (British for 8:30), "quarter to nine", "a quarter past 9".</summary>
    [GeneratedRegex(@"\b(?:(?<half>half)(?:\s+past)?|(?:a\s+)?quarter\s+(?:past|after|(?<to>to|till|before)))\s+" + Hour + @"\b")]
    private static partial Regex QuarterOrHalfRegex();

    [GeneratedRegex(@"\b" + Hour + @"(?:[:.](?<m>[0-9]{2}))?\s*(?<ap>[ap])\.?m\b\.?")]
    private static partial Regex MeridiemRegex();

    [GeneratedRegex(@"\b(?<h>[0-9]{1,2}):(?<m>[0-9]{2})\b")]
    private static partial Regex DigitalRegex();

    [GeneratedRegex(@"\b" + Hour + @"\s*o'?\s?clock\b")]
    private static partial Regex OClockRegex();

    /// <summary>"at 9", "until 8.30", "around eight"; not "at 5 days", "by 24 December" or "at one point".</summary>
    [GeneratedRegex(@"\b(?:at|by|after|before|until|till|til|around|about)\s+(?:around\s+|about\s+)?" + Hour
        + @"(?:[:.](?<m>[0-9]{2}))?\b(?!\s*(?:[:./][0-9]|%|days?\b|weeks?\b|months?\b|years?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|times?\b|people\b|percent\b|working\b|business\b|attempts?\b|pln\b|zl\b|eur|dollars?\b|of\b|point\b|more\b|thing|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec))")]
    private static partial Regex AfterPrepositionRegex();

    [GeneratedRegex(@"\b(?:noon|midday|midnight)\b")]
    private static partial Regex NoonRegex();

    [GeneratedRegex(@"\b(?:christmas\s+eve|xmas\s+eve|christmas(?:\s+day)?|xmas(?:\s+day)?|boxing\s+day|second\s+day\s+of\s+christmas"
        + @"|new\s+year'?s?\s+eve|nye|new\s+year'?s?(?:\s+day)?|epiphany|three\s+kings(?:'?\s+day)?|good\s+friday|easter\s+monday|easter(?:\s+sunday)?"
        + @"|labou?r\s+day|may\s+day|constitution\s+day|pentecost(?:\s+sunday)?|whit\s*sunday|corpus\s+christi|assumption(?:\s+day)?"
        + @"|all\s+saint'?s'?(?:\s+day)?|independence\s+day|halloween|valentine'?s?(?:\s+day)?|thanksgiving(?:\s+day)?|(?:next\s+)?trading\s+sundays?)\b")]
    private static partial Regex NamedDayRegex();

    /// <summary>"24 December", "24th of December", "the first of December"; a word needs "of", or "first may I ask" would be a date.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:" + DigitDay + @"\s+(?:of\s+)?|" + OrdinalDay + @"\s+of\s+)" + Month + Year)]
    private static partial Regex DayFirstDateRegex();

    /// <summary>"December 24", "Dec 24th", "December the first"; not "you may first log in".</summary>
    [GeneratedRegex(@"\b(?!may\s+(?:first|second)\b)" + Month + @"\s+(?:the\s+)?(?:" + DigitDay + "|" + OrdinalDay + @")\b" + Year)]
    private static partial Regex MonthFirstDateRegex();

    /// <summary>"24/12", "24.12.2026", "12/24"; not "24/7", which means always.</summary>
    [GeneratedRegex(@"\b(?!24/7\b)(?<a>[0-9]{1,2})(?<sep>[./])(?<b>[0-9]{1,2})(?:\k<sep>(?<year>[0-9]{4}|[0-9]{2}))?\b(?![./]?[0-9]|\s*%)")]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"\b(?:(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw?)|(?:the\s+)?day\s+before\s+yesterday|today|tonight|tonite|tomm?orr?ow|tmrw?|2moro|yesterday|last\s+night)\b")]
    private static partial Regex RelativeDayRegex();

    /// <summary>"good morning" and "good night" greet; they do not ask about a time.</summary>
    [GeneratedRegex(@"(?<!\bgood\s)\b(?:morning|afternoon|evening|night|tonight|tonite)s?\b")]
    private static partial Regex PartOfDayRegex();
}
