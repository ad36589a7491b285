using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>
/// English time expressions through Microsoft.Recognizers.Text (en-us). A date and a time the
/// library reports separately are joined into one TIMEX; "now" is not a mention.
/// </summary>
public sealed partial class EnglishTimeRecognizer : ITimeRecognizer
{
    // Building the library's model takes a quarter of a second: pay it on the first English question, not at start-up.
    private readonly Lazy<DateTimeModel> model = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    public TimeMention? Recognize(string text, DateTime localNow) => MayMentionTime(text) ? RecognizeUngated(text, localNow) : null;

    /// <summary>
    /// Whether the text has a digit or a word an English time expression is built on. Without one the library finds
    /// nothing, and asking it costs more than the rest of an answer.
    /// </summary>
    public static bool MayMentionTime(string text) => text.AsSpan().ContainsAnyInRange('0', '9') || TimeWordRegex().IsMatch(text);

    private TimeMention? RecognizeUngated(string text, DateTime localNow)
    {
        string? date = null, time = null;
        var spans = new List<string>();
        foreach (var result in model.Value.Parse(text, localNow))
        {
            if (Timex(result) is not { } timex || timex.StartsWith("PRESENT_REF") || timex.StartsWith('P') || timex.StartsWith('('))
                continue;
            var split = timex.IndexOf('T');
            var datePart = split < 0 ? timex : timex[..split];
            var timePart = split < 0 ? "" : timex[split..];
            if (datePart.Length > 0 && date is null)
                date = datePart;
            if (timePart.Length > 0 && time is null)
                time = timePart;
            spans.Add(result.Text);
        }
        if (date is null && time is null)
            return null;
        return new TimeMention((date ?? "") + (time ?? ""), string.Join(" ", spans), date is not null && !date.Contains('W') ? StatedWeekday(text) : null);
    }

    private static string? Timex(ModelResult result) =>
        result.Resolution?.TryGetValue("values", out var values) == true
        && values is IEnumerable<Dictionary<string, string>> list
        && list.FirstOrDefault() is { } first
        && first.TryGetValue("timex", out var timex)
            ? timex
            : null;

    private static DayOfWeek? StatedWeekday(string text)
    {
        var match = WeekdayRegex().Match(text);
        return match.Success ? Enum.Parse<DayOfWeek>(match.Value, ignoreCase: true) : null;
    }

    [GeneratedRegex(@"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|weekends?|weekdays?|weeks?|fortnight|months?|years?|days?|"
        + @"today|tonight|toni(?:gh)?te|tomorrow|tmrw?|yesterday|now|mornings?|afternoons?|evenings?|nights?|noon|midday|midnight|lunch(?:time)?|dawn|dusk|"
        + @"hour|minutes?|(?:business|office|working) hours|o'?clock|[ap]\.?m\.?|half|quarter|couple|few|several|"
        + @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
        + @"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
        + @"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|"
        + @"christmas|xmas|easter|eve|holidays?|new year'?s?|boxing|thanksgiving|halloween|valentine'?s?|independence|labou?r|corpus|epiphany|assumption|pentecost|whit\w*|saints)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeWordRegex();

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();
}
