using System.ComponentModel.DataAnnotations;

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

    /// <summary>"660 600 700" as a dialable tel: URI, "tel:+48660600700".</summary>
    public static string TelUri(string hotline) =>
        "tel:+48" + new string(hotline.Where(char.IsAsciiDigit).ToArray());
}

public sealed class HotlineHours
{
    [Required] public DailyHours Weekday { get; set; } = new();
    [Required] public DailyHours Saturday { get; set; } = new();
    [Required] public DailyHours TradingSunday { get; set; } = new();
}

/// <summary>Opening and closing time of one day, local time; Close is exclusive.</summary>
public sealed class DailyHours
{
    public TimeOnly Open { get; set; }
    public TimeOnly Close { get; set; }

    /// <summary>"8:00–22:00", as Polish and English answers write it.</summary>
    public override string ToString() => $"{Open:H:mm}–{Close:H:mm}";
}
