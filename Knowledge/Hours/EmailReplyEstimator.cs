using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Knowledge.Hours;

/// <summary>
/// The latest expected reply to an e-mail: the target hours run only during working days
/// (Monday to Friday, not public holidays), counted on the local calendar.
/// </summary>
public sealed class EmailReplyEstimator(ContactOptions options, HotlineTimeZone zone)
{
    /// <summary>A deadline at local midnight means "by the end of the previous day".</summary>
    public DateTimeOffset LatestReply(DateTimeOffset sent)
    {
        var cursor = zone.ToLocal(sent).DateTime;
        var remaining = TimeSpan.FromHours(options.EmailReplyWorkingHours);
        while (true)
        {
            var midnight = cursor.Date.AddDays(1);
            if (HotlineCalendar.IsWorkingDay(DateOnly.FromDateTime(cursor)))
            {
                var available = midnight - cursor;
                if (remaining <= available)
                    return zone.ToLocal(zone.ToInstant(cursor + remaining));
                remaining -= available;
            }
            cursor = midnight;
        }
    }
}
