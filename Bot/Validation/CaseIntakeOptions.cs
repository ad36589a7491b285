using System.ComponentModel.DataAnnotations;

namespace Vivus.Advisor.Bot.Validation;

/// <summary>Settings for collecting a customer's case; the "CaseIntake" section of appsettings.json.</summary>
public sealed class CaseIntakeOptions
{
    public const string SectionName = "CaseIntake";

    /// <summary>5 to 12 digits, optionally after a prefix of 2–4 letters such as "VIV-" or "PZ/".</summary>
    public const string DefaultLoanNumberPattern = @"(?:[A-Z]{2,4}[-/]?)?\d{5,12}";

    /// <summary>
    /// A .NET regular expression a loan number must match as a whole (no anchors needed). It is applied to the
    /// answer upper-cased, without spaces and without a leading "nr"/"numer"/"no.".
    /// </summary>
    [Required]
    public string LoanNumberPattern { get; set; } = DefaultLoanNumberPattern;
}
