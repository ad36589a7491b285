using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

/// <summary>Knows "jutro"/"tomorrow" and ISO dates; records what it was asked.</summary>
internal sealed class FakeDateTimeRecognizer : IDateTimeRecognizer
{
    public List<(string Text, string Locale, DateTimeOffset Now)> Calls { get; } = [];

    public IReadOnlyList<DateTimeResolution> Recognize(string text, string locale, DateTimeOffset now)
    {
        Calls.Add((text, locale, now));
        if (text is "jutro" or "tomorrow")
        {
            var date = now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return [new DateTimeResolution { Value = date, Timex = date }];
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out _) ? [new DateTimeResolution { Value = text, Timex = text }] : [];
    }
}
