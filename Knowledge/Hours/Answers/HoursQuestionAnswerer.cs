using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Dates;

namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>
/// Answers questions about the hotline's hours and e-mail reply times; returns null for any
/// other message so the bot falls through to the FAQ. A question without a time is about now.
/// </summary>
public sealed class HoursQuestionAnswerer(
    ContactOptions options,
    HotlineClock clock,
    EmailReplyEstimator email,
    PolishTimeRecognizer polish,
    EnglishTimeRecognizer english)
{
    private readonly IHoursAnswerWriter _polish = new PolishHoursAnswerWriter(options);
    private readonly IHoursAnswerWriter _english = new EnglishHoursAnswerWriter(options);

    /// <param name="language">"pl" or "en"; anything else is treated as Polish.</param>
    public string? Answer(string text, string language)
    {
        // Most messages are not about hours at all: skip time recognition for them.
        var question = HoursQuestionDetector.Read(text, language);
        if (!question.CouldBeAbout)
            return null;
        var localNow = clock.LocalNow;
        var isEnglish = language == "en";
        var mention = (isEnglish ? (ITimeRecognizer)english : polish).Recognize(text, localNow.DateTime);
        var resolved = mention is null ? null : TimexResolver.Resolve(mention, localNow.DateTime);
        var kind = question.Kind(resolved is not null);
        if (kind == QuestionKind.None)
            return null;

        var writer = isEnglish ? _english : _polish;
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var answer = kind switch
        {
            QuestionKind.EmailReply => EmailAnswer(writer, resolved, localNow, today),
            QuestionKind.Schedule => writer.Schedule(clock.At(localNow), clock.Days(today)),
            _ => AvailabilityAnswer(writer, resolved, localNow, today),
        };
        return resolved is { MismatchedWeekday: { } stated }
            ? writer.WeekdayMismatch(resolved.Date, stated) + " " + answer
            : answer;
    }

    private string AvailabilityAnswer(IHoursAnswerWriter writer, ResolvedTime? resolved, DateTimeOffset localNow, DateOnly today)
    {
        // "do której dzisiaj?" is best answered with the state now: open until when, or when it opens.
        if (resolved is null || (resolved.Date == today && resolved.Time is null && resolved.PartOfDay is null))
            return writer.Now(clock.At(localNow), email.LatestReply(localNow));
        if (resolved.Time is { } time)
            return writer.AtMoment(clock.At(clock.Zone.ToInstant(resolved.Date, time)), today);
        var day = clock.Day(resolved.Date);
        var nextOpen = clock.NextOpening(clock.Zone.ToLocal(clock.Zone.ToInstant(resolved.Date, TimeOnly.MinValue)));
        return writer.ForDay(day, resolved.PartOfDay, nextOpen, today);
    }

    private string EmailAnswer(IHoursAnswerWriter writer, ResolvedTime? resolved, DateTimeOffset localNow, DateOnly today)
    {
        if (resolved is null)
            return writer.EmailReply(localNow, sentNow: true, email.LatestReply(localNow), today);
        var sent = clock.Zone.ToLocal(clock.Zone.ToInstant(resolved.Date, resolved.Time ?? PartStart(resolved.PartOfDay)));
        return writer.EmailReply(sent, sentNow: false, email.LatestReply(sent), today);
    }

    private static TimeOnly PartStart(string? partOfDay) =>
        partOfDay is not null && PartOfDayRange.Of(partOfDay) is { } range ? range.From : new TimeOnly(12, 0);
}
