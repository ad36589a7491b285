namespace Vivus.Advisor.Knowledge.Hours.Answers;

/// <summary>Clock ranges for the TIMEX parts of the day, to compare with the day's hours.</summary>
public static class PartOfDayRange
{
    /// <summary>Start and exclusive end; null for an unknown code. Night is taken as 22:00–6:00, after every closing.</summary>
    public static (TimeOnly From, TimeOnly Until)? Of(string code) => code switch
    {
        "MO" => (new TimeOnly(6, 0), new TimeOnly(12, 0)),
        "AF" => (new TimeOnly(12, 0), new TimeOnly(18, 0)),
        "EV" => (new TimeOnly(18, 0), TimeOnly.MaxValue),
        "NI" => (TimeOnly.MinValue, new TimeOnly(6, 0)),
        _ => null,
    };

    /// <summary>The part of the open hours that falls in the part of the day, or null when none does.</summary>
    public static (TimeOnly From, TimeOnly Until)? Overlap(Contact.DailyHours hours, string code)
    {
        if (Of(code) is not { } range)
            return (hours.Open, hours.Close);
        var from = hours.Open > range.From ? hours.Open : range.From;
        var until = hours.Close < range.Until ? hours.Close : range.Until;
        return from < until ? (from, until) : null;
    }
}
