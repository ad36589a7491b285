using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Knowledge.Contact;

/// <summary>
/// Checks the "Contact" section at start-up; every failure names the configuration key
/// ("Contact:Hours:Weekday:Close") so an operator knows what to fix.
/// </summary>
public sealed class ContactOptionsValidator : IValidateOptions<ContactOptions>
{
    private const string Root = ContactOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ContactOptions options)
    {
        var failures = new List<string>();
        Annotations(options, Root, failures);
        Annotations(options.Hours, $"{Root}:Hours", failures);
        Annotations(options.Calendar, $"{Root}:Calendar", failures);
        DailyHours(options.Hours.Weekday, $"{Root}:Hours:Weekday", failures);
        DailyHours(options.Hours.Saturday, $"{Root}:Hours:Saturday", failures);
        DailyHours(options.Hours.TradingSunday, $"{Root}:Hours:TradingSunday", failures);
        DailyHours(options.RecommendedWindow, $"{Root}:RecommendedWindow", failures);
        TimeZone(options.TimeZone, failures);
        BusyPeriods(options.BusyPeriods, failures);
        Calendar(options.Calendar, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Annotations(object section, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault();
            failures.Add($"{(member is null ? path : $"{path}:{member}")}: {result.ErrorMessage}");
        }
    }

    private static void DailyHours(DailyHours hours, string path, List<string> failures)
    {
        if (hours.Close <= hours.Open)
            failures.Add($"{path}:Close: must be later than {path}:Open ({hours.Open:HH:mm}), got {hours.Close:HH:mm}.");
    }

    private static void TimeZone(string id, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(id))
            return; // [Required] already reports it.
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            failures.Add($"{Root}:TimeZone: unknown time zone '{id}'.");
        }
    }

    private static void BusyPeriods(BusyPeriod[] periods, List<string> failures)
    {
        for (var i = 0; i < periods.Length; i++)
        {
            if (periods[i].Until is { } until && until <= periods[i].From)
                failures.Add($"{Root}:BusyPeriods:{i}:Until: must be later than From ({periods[i].From:HH:mm}).");
        }
    }

    private static void Calendar(CalendarCorrections calendar, List<string> failures)
    {
        var path = $"{Root}:Calendar";
        NotSundays(calendar.AddedTradingSundays, $"{path}:AddedTradingSundays", failures);
        NotSundays(calendar.RemovedTradingSundays, $"{path}:RemovedTradingSundays", failures);
        foreach (var both in calendar.AddedTradingSundays.Intersect(calendar.RemovedTradingSundays))
            failures.Add($"{path}:AddedTradingSundays: {both:yyyy-MM-dd} is also in RemovedTradingSundays.");

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < calendar.SpecialDays.Length; i++)
        {
            var day = calendar.SpecialDays[i];
            var dayPath = $"{path}:SpecialDays:{i}";
            if (day.Date == default)
                failures.Add($"{dayPath}:Date: is required.");
            else if (!seen.Add(day.Date))
                failures.Add($"{dayPath}:Date: {day.Date:yyyy-MM-dd} is listed twice.");
            if (day.Open is null != day.Close is null)
                failures.Add($"{dayPath}:{(day.Open is null ? "Open" : "Close")}: give both Open and Close, or neither for a closed day.");
            else if (day is { Open: { } open, Close: { } close } && close <= open)
                failures.Add($"{dayPath}:Close: must be later than {dayPath}:Open ({open:HH:mm}).");
        }
    }

    private static void NotSundays(DateOnly[] dates, string path, List<string> failures)
    {
        for (var i = 0; i < dates.Length; i++)
        {
            if (dates[i].DayOfWeek != DayOfWeek.Sunday)
                failures.Add($"{path}:{i}: {dates[i]:yyyy-MM-dd} is a {dates[i].DayOfWeek}, not a Sunday.");
        }
    }
}
