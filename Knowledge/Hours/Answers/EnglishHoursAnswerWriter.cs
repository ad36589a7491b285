using Vivus.Advisor.Knowledge.Contact;
using static Vivus.Advisor.Knowledge.Hours.Answers.EnglishDateWords;

namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>English answers about the hotline's hours and e-mail replies.</summary>
public sealed class EnglishHoursAnswerWriter(ContactOptions options) : IHoursAnswerWriter
{
    private static readonly Dictionary<string, string> PartNames = new()
    {
        ["MO"] = "in the morning", ["AF"] = "in the afternoon", ["EV"] = "in the evening", ["NI"] = "at night",
    };

    // Links the answers quote from the settings, which stay as they are for the writer's life.
    private readonly string _emailLink = $"[{options.Email}](mailto:{options.Email})";

    private readonly string _phones = string.Join(" or ", options.Hotlines.Select(h => $"[{h}]({ContactOptions.TelUri(h)})"));

    public string Now(HotlineStatus status, DateTimeOffset emailDeadline)
    {
        var today = DateOnly.FromDateTime(status.At.DateTime);
        if (status.IsOpen)
            return $"The hotline is open now, until {Time(TimeOf(status.ClosesAt!.Value))} today. Call {_phones}.{WaitHint(status)}";
        return $"The hotline is closed right now{ReasonNow(status.Today)}.{NextOpenSentence(status.NextOpen, today)} "
               + $"You can already write to {_emailLink}; expect a reply {Deadline(emailDeadline, today)}.";
    }

    public string AtMoment(HotlineStatus status, DateOnly today)
    {
        var when = $"{OnDate(status.Today.Date, today)} at {Time(TimeOf(status.At))}";
        if (status.IsOpen)
            return Capitalize($"{when} the hotline is open, until {Time(TimeOf(status.ClosesAt!.Value))} that day{DayTypeNote(status.Today)}.{WaitHint(status)}");
        var hours = status.Today.Hours is { } h ? $"; that day it works {Time(h.Open)}–{Time(h.Close)}" : DayTypeNote(status.Today);
        return Capitalize($"{when} the hotline is closed{hours}.{NextOpenSentence(status.NextOpen, today)}");
    }

    public string ForDay(DaySchedule day, string? partOfDay, DateTimeOffset? nextOpen, DateOnly today)
    {
        var on = OnDate(day.Date, today);
        if (day.Hours is not { } hours)
            return Capitalize($"{on} the hotline is closed{DayTypeNote(day)}.{NextOpenSentence(nextOpen, today)}");
        var all = $"{Time(hours.Open)}–{Time(hours.Close)}";
        if (partOfDay is null || !PartNames.TryGetValue(partOfDay, out var part))
            return Capitalize($"{on} the hotline is open {all}{DayTypeNote(day)}.{RecommendedHint(day)}");
        return PartOfDayRange.Overlap(hours, partOfDay) is { } overlap
            ? Capitalize($"{on} {part} you can call between {Time(overlap.From)} and {Time(overlap.Until)} (that day the hotline is open {all}{DayTypeNote(day)}).")
            : Capitalize($"{on} {part} the hotline is closed; that day it is open {all}{DayTypeNote(day)}.");
    }

    public string Schedule(HotlineStatus now, IReadOnlyList<DaySchedule> comingWeek)
    {
        var today = DateOnly.FromDateTime(now.At.DateTime);
        var hours = options.Hours;
        var text = $"The hotline ({_phones}) is open Monday to Friday {hours.Weekday}, Saturdays {hours.Saturday} "
                   + $"and trading Sundays {hours.TradingSunday} (Polish time). Other Sundays{(options.ClosedOnPublicHolidays ? " and public holidays" : "")} it is closed. "
                   + $"Waits are shortest on working days between {Time(options.RecommendedWindow.Open)} and {Time(options.RecommendedWindow.Close)}.";
        var unusual = comingWeek.Where(d => d.Type is DayType.Holiday or DayType.TradingSunday or DayType.Special).ToList();
        if (unusual.Count > 0)
            text += " Coming up: " + string.Join("; ", unusual.Select(d => $"{Date(d.Date, today)}: {DayHoursText(d)}{DayTypeNote(d)}")) + ".";
        var state = now.IsOpen ? $"open now until {Time(TimeOf(now.ClosesAt!.Value))}" : "closed now";
        return $"{text} ({Capitalize(state)}.)";
    }

    public string EmailReply(DateTimeOffset sent, bool sentNow, DateTimeOffset deadline, DateOnly today)
    {
        var when = sentNow ? "If you write now" : $"If you write {OnDate(DateOnly.FromDateTime(sent.DateTime), today)} at {Time(TimeOf(sent))}";
        return $"E-mails to {_emailLink} are usually answered within {options.EmailReplyWorkingHours} hours, counting working days only "
               + $"(weekends and public holidays do not count). {when}, expect a reply {Deadline(deadline, today)}. "
               + "Before holidays and during promotions it may take longer.";
    }

    public string WeekdayMismatch(DateOnly date, DayOfWeek stated) =>
        $"Note: {Date(date, DateOnly.MinValue)} is a {date.DayOfWeek}, not a {stated}; this answer is for that date.";

    private static string Capitalize(string text) => PolishDateWords.Capitalize(text);

    private static TimeOnly TimeOf(DateTimeOffset local) => TimeOnly.FromDateTime(local.DateTime);

    private static string DayHoursText(DaySchedule day) =>
        day.Hours is { } h ? $"{Time(h.Open)}–{Time(h.Close)}" : "closed";

    private static string DayTypeNote(DaySchedule day) => day.Type switch
    {
        DayType.TradingSunday => " (a trading Sunday)",
        DayType.Holiday => $" ({day.Holiday!.EnglishName}, a public holiday)",
        DayType.Sunday => " (the hotline does not work on non-trading Sundays)",
        DayType.Special => day.IsOpen ? " (special hours)" : " (an exceptional closure)",
        _ => "",
    };

    private static string ReasonNow(DaySchedule today) => today.IsOpen ? "" : today.Type switch
    {
        DayType.Holiday => $" ({today.Holiday!.EnglishName} is a public holiday)",
        DayType.Special => " (an exceptional closure today)",
        _ => " (it does not work on non-trading Sundays)",
    };

    private static string NextOpenSentence(DateTimeOffset? nextOpen, DateOnly today) => nextOpen is { } next
        ? $" It opens {OnDate(DateOnly.FromDateTime(next.DateTime), today)} at {Time(TimeOf(next))}."
        : "";

    private string WaitHint(HotlineStatus status) => status switch
    {
        { InRecommendedWindow: true } => " It is a good time: waits are usually shortest now.",
        { InBusyPeriod: true } => $" Waits are usually longer at this time; they are shortest on working days between {Time(options.RecommendedWindow.Open)} and {Time(options.RecommendedWindow.Close)}.",
        _ => "",
    };

    private string RecommendedHint(DaySchedule day) => day.Type == DayType.Weekday && HotlineCalendar.IsWorkingDay(day.Date)
        ? $" Waits are shortest between {Time(options.RecommendedWindow.Open)} and {Time(options.RecommendedWindow.Close)}."
        : "";

    private static string Deadline(DateTimeOffset deadline, DateOnly today)
    {
        var date = DateOnly.FromDateTime(deadline.DateTime);
        var time = TimeOf(deadline);
        return time == TimeOnly.MinValue
            ? $"by the end of the day {OnDate(date.AddDays(-1), today)}"
            : $"by {Time(time)} {OnDate(date, today)}";
    }
}
