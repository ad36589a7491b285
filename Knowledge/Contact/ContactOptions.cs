using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Vivus.Advisor.Knowledge.Contact;

/// <summary>How and when customers reach the contact centre; the "Contact" section of appsettings.json.</summary>
public sealed class ContactOptions
{
    public const string SectionName = "Contact";

    /// <summary>Hotline numbers as customers dial them, the main one first.</summary>
    [Required, MinLength(1)]
    public string[] Hotlines { get; set; } = [];

    [Required, EmailAddress]
    public string Email { get; set; } = "";

    [Required, Url]
    public string ContactFormUrl { get; set; } = "";

    /// <summary>Hotline hours per day type, local time.</summary>
    [Required]
    public HotlineHours Hours { get; set; } = new();

    /// <summary>When calls wait least, on working days.</summary>
    [Required]
    public DailyHours RecommendedWindow { get; set; } = new();

    /// <summary>E-mail reply target, counted in hours of working days.</summary>
    [Range(1, 240)]
    public int EmailReplyWorkingHours { get; set; } = 24;

    /// <summary>IANA id of the zone all hours are given in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Warsaw";

    /// <summary>Statutory public holidays close the hotline unless an operator says otherwise.</summary>
    public bool ClosedOnPublicHolidays { get; set; } = true;

    /// <summary>When calls usually wait longer than elsewhere in the day.</summary>
    public BusyPeriod[] BusyPeriods { get; set; } = [];

    /// <summary>Operators' corrections to the computed calendar, applied without a release.</summary>
    [Required]
    public CalendarCorrections Calendar { get; set; } = new();

    /// <summary>A hotline as a dialable tel: URI: "tel:+48" followed by its digits only.</summary>
    public static string TelUri(string hotline) =>
        "tel:+48" + new string(hotline.Where(char.IsAsciiDigit).ToArray());
}

public sealed class HotlineHours
{
    [Required] public DailyHours Weekday { get; set; } = new();
    [Required] public DailyHours Saturday { get; set; } = new();
    [Required] public DailyHours TradingSunday { get; set; } = new();
}

/// <summary>A stretch of the day with longer waits; no Days means every day.</summary>
public sealed class BusyPeriod
{
    public DayOfWeek[] Days { get; set; } = [];
    public TimeOnly From { get; set; }

    /// <summary>Exclusive end; null runs to closing time.</summary>
    public TimeOnly? Until { get; set; }
}

/// <summary>Dates where the law or an operator overrides the computed calendar.</summary>
public sealed class CalendarCorrections
{
    /// <summary>Sundays that become trading Sundays (e.g. after a change of the law).</summary>
    public DateOnly[] AddedTradingSundays { get; set; } = [];

    /// <summary>Computed trading Sundays that do not take place.</summary>
    public DateOnly[] RemovedTradingSundays { get; set; } = [];

    /// <summary>Ad-hoc closures or special hours; they win over every other rule.</summary>
    public SpecialDay[] SpecialDays { get; set; } = [];
}

/// <summary>One date with its own hours, or closed when Open and Close are absent.</summary>
public sealed class SpecialDay
{
    public DateOnly Date { get; set; }
    public TimeOnly? Open { get; set; }
    public TimeOnly? Close { get; set; }

    /// <summary>Why, in Polish, as customers may be told ("inwentaryzacja").</summary>
    public string? Note { get; set; }

    public bool IsClosed => Open is null && Close is null;
}

/// <summary>Opening and closing time of one day, local time; Close is exclusive.</summary>
public sealed class DailyHours
{
    public TimeOnly Open { get; set; }
    public TimeOnly Close { get; set; }

    /// <summary>"8:00–22:00", as Polish and English answers write it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Open:H:mm}–{Close:H:mm}");
}
