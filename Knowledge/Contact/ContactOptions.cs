using System.ComponentModel.DataAnnotations;

namespace Vivus.Advisor.Knowledge.Contact;

/// <summary>How customers reach the contact centre; the "Contact" section of appsettings.json.</summary>
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

    /// <summary>"660 600 700" as a dialable tel: URI, "tel:+48660600700".</summary>
    public static string TelUri(string hotline) =>
        "tel:+48" + new string(hotline.Where(char.IsAsciiDigit).ToArray());
}
