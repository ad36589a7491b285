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

    public TimeMention? Recognize(string text, DateTime localNow)
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

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();
}
