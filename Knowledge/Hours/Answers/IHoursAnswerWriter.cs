namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>Words the answers in one language; the facts come from the hours engine.</summary>
public interface IHoursAnswerWriter
{
    /// <summary>Open or closed now, and what to do when closed.</summary>
    string Now(HotlineStatus status, DateTimeOffset emailDeadline);

    /// <summary>Open or closed at a given day and hour.</summary>
    string AtMoment(HotlineStatus status, DateOnly today);

    /// <summary>The hours of a given day, narrowed to a part of the day ("MO", "AF", "EV", "NI") when asked.</summary>
    string ForDay(DaySchedule day, string? partOfDay, DateTimeOffset? nextOpen, DateOnly today);

    /// <summary>The hours in general, the state now and the unusual days of the coming week.</summary>
    string Schedule(HotlineStatus now, IReadOnlyList<DaySchedule> comingWeek);

    string EmailReply(DateTimeOffset sent, bool sentNow, DateTimeOffset deadline, DateOnly today);

    /// <summary>Points out that the date the customer gave is not the weekday they named.</summary>
    string WeekdayMismatch(DateOnly date, DayOfWeek stated);
}
