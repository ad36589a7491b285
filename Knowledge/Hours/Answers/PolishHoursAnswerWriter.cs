using Vivus.Advisor.Knowledge.Contact;
using static Vivus.Advisor.Knowledge.Hours.Answers.PolishDateWords;

namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>Polish answers about the hotline's hours and e-mail replies.</summary>
public sealed class PolishHoursAnswerWriter(ContactOptions options) : IHoursAnswerWriter
{
    private static readonly Dictionary<string, string> PartNames = new()
    {
        ["MO"] = "rano", ["AF"] = "po południu", ["EV"] = "wieczorem", ["NI"] = "w nocy",
    };

    // Links the answers quote from the settings, which stay as they are for the writer's life.
    private readonly string _emailLink = $"[{options.Email}](mailto:{options.Email})";

    private readonly string _phones = string.Join(" lub ", options.Hotlines.Select(h => $"[{h}]({ContactOptions.TelUri(h)})"));

    public string Now(HotlineStatus status, DateTimeOffset emailDeadline)
    {
        var today = DateOnly.FromDateTime(status.At.DateTime);
        if (status.IsOpen)
            return $"Infolinia działa teraz — dziś do {Time(TimeOf(status.ClosesAt!.Value))}. Zadzwoń pod {_phones}.{WaitHint(status)}";
        return $"Teraz infolinia jest nieczynna{ReasonNow(status.Today)}.{NextOpenSentence(status.NextOpen, today)} "
               + $"Możesz już napisać na {_emailLink} — odpowiedź powinna przyjść {Deadline(emailDeadline, today)}.";
    }

    public string AtMoment(HotlineStatus status, DateOnly today)
    {
        var when = $"{OnDate(status.Today.Date, today)} o {Time(TimeOf(status.At))}";
        if (status.IsOpen)
            return Capitalize($"{when} infolinia działa — tego dnia do {Time(TimeOf(status.ClosesAt!.Value))}{DayTypeNote(status.Today)}.{WaitHint(status)}");
        var hours = status.Today.Hours is { } h ? $" — tego dnia pracuje od {Time(h.Open)} do {Time(h.Close)}" : DayTypeNote(status.Today);
        return Capitalize($"{when} infolinia nie działa{hours}.{NextOpenSentence(status.NextOpen, today)}");
    }

    public string ForDay(DaySchedule day, string? partOfDay, DateTimeOffset? nextOpen, DateOnly today)
    {
        var on = OnDate(day.Date, today);
        if (day.Hours is not { } hours)
            return Capitalize($"{on} infolinia nie działa{DayTypeNote(day)}.{NextOpenSentence(nextOpen, today)}");
        var all = $"od {Time(hours.Open)} do {Time(hours.Close)}";
        if (partOfDay is null || !PartNames.TryGetValue(partOfDay, out var part))
            return Capitalize($"{on} infolinia działa {all}{DayTypeNote(day)}.{RecommendedHint(day)}");
        return PartOfDayRange.Overlap(hours, partOfDay) is { } overlap
            ? Capitalize($"{on} {part} możesz dzwonić od {Time(overlap.From)} do {Time(overlap.Until)} (infolinia działa tego dnia {all}{DayTypeNote(day)}).")
            : Capitalize($"{on} {part} infolinia nie działa — tego dnia pracuje {all}{DayTypeNote(day)}.");
    }

    public string Schedule(HotlineStatus now, IReadOnlyList<DaySchedule> comingWeek)
    {
        var today = DateOnly.FromDateTime(now.At.DateTime);
        var hours = options.Hours;
        var text = $"Infolinia ({_phones}) działa od poniedziałku do piątku {hours.Weekday}, w soboty {hours.Saturday}, "
                   + $"a w niedziele handlowe {hours.TradingSunday}. W pozostałe niedziele{(options.ClosedOnPublicHolidays ? " i w święta" : "")} jest nieczynna. "
                   + $"Najkrócej czeka się w dni robocze między {Time(options.RecommendedWindow.Open)} a {Time(options.RecommendedWindow.Close)}.";
        var unusual = comingWeek.Where(d => d.Type is DayType.Holiday or DayType.TradingSunday or DayType.Special).ToList();
        if (unusual.Count > 0)
            text += " W najbliższych dniach: " + string.Join("; ", unusual.Select(d => $"{Date(d.Date, today)}: {DayHoursText(d)}{DayTypeNote(d)}")) + ".";
        var state = now.IsOpen ? $"teraz otwarte do {Time(TimeOf(now.ClosesAt!.Value))}" : "teraz zamknięte";
        return $"{text} ({Capitalize(state)}.)";
    }

    public string EmailReply(DateTimeOffset sent, bool sentNow, DateTimeOffset deadline, DateOnly today)
    {
        var when = sentNow ? "Jeśli napiszesz teraz" : $"Jeśli napiszesz {OnDate(DateOnly.FromDateTime(sent.DateTime), today)} o {Time(TimeOf(sent))}";
        return $"Na wiadomości na {_emailLink} odpowiedź przychodzi zwykle w ciągu {options.EmailReplyWorkingHours} godzin, "
               + $"liczonych tylko w dni robocze (bez weekendów i świąt). {when}, odpowiedzi możesz się spodziewać {Deadline(deadline, today)}. "
               + "Przed świętami i w czasie promocji może to potrwać dłużej.";
    }

    public string WeekdayMismatch(DateOnly date, DayOfWeek stated) =>
        $"Uwaga: {FullDate(date)} r. to {Weekday(date.DayOfWeek)}, a nie {Weekday(stated)} — odpowiadam dla tej daty.";

    private static TimeOnly TimeOf(DateTimeOffset local) => TimeOnly.FromDateTime(local.DateTime);

    private static string DayHoursText(DaySchedule day) =>
        day.Hours is { } h ? $"od {Time(h.Open)} do {Time(h.Close)}" : "nieczynne";

    private static string DayTypeNote(DaySchedule day) => day.Type switch
    {
        DayType.TradingSunday => " — to niedziela handlowa",
        DayType.Holiday => $" — to święto ({day.Holiday!.PolishName})",
        DayType.Sunday => " — w niedziele niehandlowe infolinia nie pracuje",
        DayType.Special when day.Note is { } note => $" — wyjątkowo: {note}",
        DayType.Special => day.IsOpen ? " — to wyjątkowe godziny pracy" : " — to dzień wyjątkowo wolny",
        _ => "",
    };

    private static string ReasonNow(DaySchedule today) => today.IsOpen ? "" : today.Type switch
    {
        DayType.Holiday => $" — dziś jest święto ({today.Holiday!.PolishName})",
        DayType.Special => today.Note is { } note ? $" — dziś wyjątkowo nie pracujemy: {note}" : " — dziś wyjątkowo nie pracujemy",
        _ => " — w niedziele niehandlowe nie pracujemy",
    };

    private static string NextOpenSentence(DateTimeOffset? nextOpen, DateOnly today) => nextOpen is { } next
        ? $" Otworzymy {OnDate(DateOnly.FromDateTime(next.DateTime), today)} o {Time(TimeOf(next))}."
        : "";

    private string WaitHint(HotlineStatus status) => status switch
    {
        { InRecommendedWindow: true } => " To dobra pora — teraz zwykle czeka się najkrócej.",
        { InBusyPeriod: true } => $" O tej porze zwykle czeka się dłużej; najszybciej połączysz się w dni robocze między {Time(options.RecommendedWindow.Open)} a {Time(options.RecommendedWindow.Close)}.",
        _ => "",
    };

    private string RecommendedHint(DaySchedule day) => day.Type == DayType.Weekday && HotlineCalendar.IsWorkingDay(day.Date)
        ? $" Najkrócej czeka się między {Time(options.RecommendedWindow.Open)} a {Time(options.RecommendedWindow.Close)}."
        : "";

    /// <summary>A deadline at midnight reads as the end of the previous day.</summary>
    private static string Deadline(DateTimeOffset deadline, DateOnly today)
    {
        var date = DateOnly.FromDateTime(deadline.DateTime);
        var time = TimeOf(deadline);
        return time == TimeOnly.MinValue
            ? $"najpóźniej {OnDate(date.AddDays(-1), today)} do końca dnia"
            : $"najpóźniej {OnDate(date, today)} o {Time(time)}";
    }
}
