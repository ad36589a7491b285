using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>
/// Polish time expressions as customers type them, with or without diacritics: relative days,
/// weekdays in their inflected forms, dates, named holidays, clock times in digits or words,
/// and parts of the day. Hand-written, like <see cref="EnglishTimeRecognizer"/>; both emit the
/// same TIMEX strings, so resolution is shared.
/// </summary>
public sealed partial class PolishTimeRecognizer(HotlineCalendar calendar) : ITimeRecognizer
{
    private static readonly string[] Months =
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia"];

    /// <summary>Feminine ordinals in the genitive, "o dziesiątej"; compounds first so they win.</summary>
    private static readonly (string Word, int Hour)[] Ordinals =
    [
        ("dwudziestej pierwszej", 21), ("dwudziestej drugiej", 22), ("dwudziestej trzeciej", 23), ("dwudziestej", 20),
        ("pierwszej", 1), ("drugiej", 2), ("trzeciej", 3), ("czwartej", 4), ("piatej", 5), ("szostej", 6),
        ("siodmej", 7), ("osmej", 8), ("dziewiatej", 9), ("dziesiatej", 10), ("jedenastej", 11), ("dwunastej", 12),
        ("trzynastej", 13), ("czternastej", 14), ("pietnastej", 15), ("szesnastej", 16), ("siedemnastej", 17),
        ("osiemnastej", 18), ("dziewietnastej", 19),
    ];

    private static readonly string OrdinalPattern = string.Join("|", Ordinals.Select(o => o.Word));

    // Every pattern below needs a digit or one of these stems. A contact question that reaches the recognizer for its
    // keywords ("numer infolinii", "kontakt vivus") holds none of them, and running the patterns cost it 15 µs.
    private static readonly SearchValues<string> TimeWords = SearchValues.Create(
    [
        "poniedzial", "wtor", "srod", "czwart", "piat", "sobot", "soboc", "niedziel",
        "wpol", "pierwszej", "drugiej", "trzeciej", "szostej", "siodmej", "osmej", "dziewiatej", "dziesiatej", "nastej", "dwudziestej",
        "poludn", "polnoc", "wigili", "sylwest", "nowy", "nowego", "krol", "wielkan", "lany", "swiet", "boze", "cial", "narodzen",
        "dzis", "jutr", "wczoraj", "rano", "rana", "rankiem", "wiecz", "noc",
    ], StringComparison.Ordinal);

    public TimeMention? Recognize(string text, DateTime localNow)
    {
        var folded = PolishText.Fold(text);
        return MayMentionTime(folded) ? RecognizeFolded(folded, DateOnly.FromDateTime(localNow)) : null;
    }

    /// <summary>Whether any pattern could match the folded text: it holds a digit or a time word.</summary>
    internal static bool MayMentionTime(string folded) =>
        folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || folded.AsSpan().ContainsAny(TimeWords);

    /// <summary>Runs every pattern over the folded text.</summary>
    internal TimeMention? RecognizeFolded(string folded, DateOnly today)
    {
        var spans = new List<string>();

        var weekday = Weekday(folded, spans);
        var clock = Clock(ref folded, spans);
        var date = NamedDay(folded, today, spans) ?? ExplicitDate(folded, spans) ?? RelativeDay(folded, today, spans);
        var part = PartOfDay(folded, spans);

        if (date is null && weekday is null && clock is null && part is null)
            return null;

        var datePart = date ?? (weekday is { } w ? TimexText.AnyWeekday(w) : "");
        var timePart = clock is { } c ? TimexText.Time(AdjustForPart(c, part)) : part is null ? "" : $"T{part}";
        return new TimeMention(datePart + timePart, string.Join(" ", spans), date is null ? null : weekday);
    }

    private static DayOfWeek? Weekday(string folded, List<string> spans)
    {
        var match = WeekdayRegex().Match(folded);
        if (!match.Success)
            return null;
        spans.Add(match.Value.Trim());
        var word = match.Groups["day"].Value;
        return word switch
        {
            _ when word.StartsWith("poniedzial", StringComparison.Ordinal) => DayOfWeek.Monday,
            _ when word.StartsWith("wtor", StringComparison.Ordinal) => DayOfWeek.Tuesday,
            _ when word.StartsWith("srod", StringComparison.Ordinal) => DayOfWeek.Wednesday,
            _ when word.StartsWith("czwart", StringComparison.Ordinal) => DayOfWeek.Thursday,
            _ when word.StartsWith("piat", StringComparison.Ordinal) => DayOfWeek.Friday,
            _ when word.StartsWith("sobo", StringComparison.Ordinal) => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    /// <summary>Finds a clock time and blanks it out, so "o 15.30" is not read as a date.</summary>
    private static TimeOnly? Clock(ref string folded, List<string> spans)
    {
        TimeOnly? found = null;
        Match match;
        if ((match = HalfPastRegex().Match(folded)).Success)
            found = new TimeOnly((HourOfOrdinal(match.Groups["ord"].Value) + 23) % 24, 30);
        else if ((match = OrdinalRegex().Match(folded)).Success)
            found = new TimeOnly(HourOfOrdinal(match.Groups["ord"].Value) % 24, 0);
        else if ((match = DigitsRegex().Match(folded)).Success && int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) is var h and <= 24
                 && (match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0) is var m and < 60)
            found = new TimeOnly(h % 24, m);
        else if ((match = NoonRegex().Match(folded)).Success)
            found = match.Value.Contains("polnoc") ? TimeOnly.MinValue : new TimeOnly(12, 0);

        if (found is null)
            return null;
        spans.Add(match.Value.Trim());
        folded = folded.Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length));
        return found;
    }

    private static int HourOfOrdinal(string word) => Ordinals.First(o => o.Word == word).Hour;

    private string? NamedDay(string folded, DateOnly today, List<string> spans)
    {
        var match = NamedDayRegex().Match(folded);
        if (!match.Success)
            return null;
        spans.Add(match.Value.Trim());
        var name = match.Groups["name"].Value;
        if (name.StartsWith("wigili", StringComparison.Ordinal))
            return "XXXX-12-24";
        if (name.StartsWith("sylwest", StringComparison.Ordinal))
            return "XXXX-12-31";
        if (name.StartsWith("nowy rok", StringComparison.Ordinal) || name.StartsWith("nowego roku", StringComparison.Ordinal))
            return "XXXX-01-01";
        if (name.StartsWith("trzech krol", StringComparison.Ordinal))
            return "XXXX-01-06";
        if (name.Contains("handlow"))
            return calendar.NextTradingSunday(today) is { } sunday ? TimexText.Date(sunday) : null;
        if (name.StartsWith("wielkan", StringComparison.Ordinal) || name.StartsWith("swieta wielkanocne", StringComparison.Ordinal))
            return TimexText.Date(Easter.NextMovableFeast(today, 0));
        if (name.StartsWith("poniedzialek wielkanocny", StringComparison.Ordinal) || name.StartsWith("lany poniedzialek", StringComparison.Ordinal))
            return TimexText.Date(Easter.NextMovableFeast(today, 1));
        if (name.StartsWith("wszystkich swietych", StringComparison.Ordinal))
            return "XXXX-11-01";
        if (name.Contains("cial"))
            return TimexText.Date(Easter.NextMovableFeast(today, 60));
        return "XXXX-12-25";
    }

    private static string? ExplicitDate(string folded, List<string> spans)
    {
        var match = MonthNameDateRegex().Match(folded);
        int month;
        if (match.Success)
            month = Array.IndexOf(Months, match.Groups["month"].Value) + 1;
        else if ((match = NumericDateRegex().Match(folded)).Success)
            month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        else
            return null;

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2028, month))
            return null;
        spans.Add(match.Value.Trim());
        return string.Create(CultureInfo.InvariantCulture, $"{(year is null ? "XXXX" : year.Value.ToString("D4", CultureInfo.InvariantCulture))}-{month:D2}-{day:D2}");
    }

    private static string? RelativeDay(string folded, DateOnly today, List<string> spans)
    {
        var match = RelativeDayRegex().Match(folded);
        if (!match.Success)
            return null;
        spans.Add(match.Value);
        return TimexText.Date(today.AddDays(match.Value switch { "jutro" => 1, "pojutrze" => 2, "wczoraj" => -1, "przedwczoraj" => -2, _ => 0 }));
    }

    private static string? PartOfDay(string folded, List<string> spans)
    {
        var match = PartOfDayRegex().Match(folded);
        if (!match.Success)
            return null;
        spans.Add(match.Value.Trim());
        return match.Value switch
        {
            var v when v.Contains("po poludniu") || v.Contains("popoludni") => "AF",
            var v when v.Contains("wiecz") => "EV",
            var v when v.Contains("noc") => "NI",
            _ => "MO",
        };
    }

    /// <summary>"o 8 wieczorem" is 20:00, "o 3 po południu" 15:00, "o 11 w nocy" 23:00.</summary>
    private static TimeOnly AdjustForPart(TimeOnly clock, string? part) => part switch
    {
        "AF" or "EV" when clock.Hour is >= 1 and < 12 => clock.AddHours(12),
        "NI" when clock.Hour is >= 7 and < 12 => clock.AddHours(12),
        _ => clock,
    };

    [GeneratedRegex(@"\b(?:(?:w|we|na|od|do|ta|te|ten|najblizsz[aey]|przyszl[aey]|przyszly)\s+)*(?<day>poniedzial(?:ek|ki|ku)|wtor(?:ek|ki|ku)|srod(?:a|e|y|zie)|czwart(?:ek|ki|ku)|piat(?:ek|ki|ku)|sobot(?:a|e|y)|sobocie|niedziel(?:a|e|i)?)\b")]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?:o\s+)?(?:godz(?:\.|inie)?\s*)?wpol\s+do\s+(?<ord>dwudziestej (?:pierwszej|drugiej|trzeciej)|pierwszej|drugiej|trzeciej|czwartej|piatej|szostej|siodmej|osmej|dziewiatej|dziesiatej|jedenastej|dwunastej|trzynastej|czternastej|pietnastej|szesnastej|siedemnastej|osiemnastej|dziewietnastej|dwudziestej)\b")]
    private static partial Regex HalfPastRegex();

    [GeneratedRegex(@"\b(?:o|po|przed|od|do|okolo)\s+(?:godz(?:\.|inie)?\s*)?(?<ord>dwudziestej (?:pierwszej|drugiej|trzeciej)|pierwszej|drugiej|trzeciej|czwartej|piatej|szostej|siodmej|osmej|dziewiatej|dziesiatej|jedenastej|dwunastej|trzynastej|czternastej|pietnastej|szesnastej|siedemnastej|osiemnastej|dziewietnastej|dwudziestej)\b")]
    private static partial Regex OrdinalRegex();

    /// <summary>"o 15", "o godz. 15:30", "około 9.15", or a bare "15:30".</summary>
    [GeneratedRegex(@"(?:\b(?:o|po|przed|okolo|kolo)\s+(?:godz(?:\.|inie|ina)?\s*)?(?<h>[0-9]{1,2})(?:[:.](?<m>[0-9]{2}))?(?!\s*(?:[./][0-9]|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia))\b|\bgodz(?:\.|inie|ina)?\s*(?<h>[0-9]{1,2})(?:[:.](?<m>[0-9]{2}))?\b|\b(?<h>[0-9]{1,2}):(?<m>[0-9]{2})\b)")]
    private static partial Regex DigitsRegex();

    [GeneratedRegex(@"\b(?:w\s+poludnie|o\s+polnocy|w\s+polnoc)\b")]
    private static partial Regex NoonRegex();

    [GeneratedRegex(@"\b(?:w\s+|na\s+|przed\s+|po\s+)?(?<name>wigili[aei]?|sylwest(?:er|ra)|nowy rok|nowego roku|trzech krol[ai]?|(?:najblizsz[aey]\s+|nastepn[aey]\s+)?niedziel[aeiy]?\s+handlow[aey]|wielkanoc[y]?|swieta wielkanocne|poniedzialek wielkanocny|lany poniedzialek|wszystkich swietych|boze cialo|bozego ciala|boze narodzenie|bozego narodzenia|swieta(?:\s+bozego\s+narodzenia|\s+bozonarodzeniowe)?|swieta)\b")]
    private static partial Regex NamedDayRegex();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})\s+(?<month>stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia)(?:\s+(?<year>[0-9]{4}))?\b")]
    private static partial Regex MonthNameDateRegex();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})[./](?<month>[0-9]{1,2})(?:[./](?<year>[0-9]{4}))?\b")]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"\b(?:dzisiaj|dzis|jutro|pojutrze|wczoraj|przedwczoraj)\b")]
    private static partial Regex RelativeDayRegex();

    [GeneratedRegex(@"\b(?:rano|z\s+rana|rankiem|przed\s+poludniem|po\s+poludniu|popoludniu|wieczorem|wieczor|wieczorkiem|w\s+nocy|noca)\b")]
    private static partial Regex PartOfDayRegex();
}
