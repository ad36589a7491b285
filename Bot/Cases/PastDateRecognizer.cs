using System.Globalization;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Knowledge.Dates;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Cases;

/// <summary>
/// Reads when something already happened ("wczoraj około 21", "15 listopada", "last Monday") with the knowledge
/// base's recognizers; a date given without a year or week is taken as its latest occurrence up to today.
/// </summary>
public sealed class PastDateRecognizer(PolishTimeRecognizer polish, EnglishTimeRecognizer english, HotlineTimeZone zone) : IDateTimeRecognizer
{
    public IReadOnlyList<DateTimeResolution> Recognize(string text, string locale, DateTimeOffset now)
    {
        var localNow = zone.ToLocal(now).DateTime;
        ITimeRecognizer recognizer = locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? english : polish;
        var mention = recognizer.Recognize(text, localNow);
        if (mention is null || TimexResolver.Resolve(mention, localNow) is not { } resolved)
        {
            return [];
        }
        var today = DateOnly.FromDateTime(localNow);
        var date = resolved.Date;
        if (date > today && mention.Timex.StartsWith("XXXX-WXX", StringComparison.Ordinal))
        {
            date = date.AddDays(-7);
        }
        else if (date > today && mention.Timex.StartsWith("XXXX-", StringComparison.Ordinal))
        {
            date = date.AddYears(-1);
        }
        var value = resolved.Time is { } time
            ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}T{time:HH\\:mm}")
            : string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}");
        return [new DateTimeResolution { Value = value, Timex = resolved.PartOfDay is { } part ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}T{part}") : value }];
    }
}
