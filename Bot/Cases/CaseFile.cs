namespace Vivus.Advisor.Bot.Cases;

/// <summary>
/// Everything the intake collected. It lives only in the intake dialog's state, which is dropped at the handoff,
/// so personal data does not outlive the conversation's need for it.
/// </summary>
public sealed class CaseFile
{
    public CaseTopic Topic { get; set; }

    public bool Urgent { get; set; }

    /// <summary>Null when the customer skipped it or could not give a valid one.</summary>
    public string? Pesel { get; set; }

    /// <summary>Null when the customer has no loan yet.</summary>
    public string? LoanNumber { get; set; }

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public List<CaseDetail> Details { get; set; } = [];

    public string Description { get; set; } = "";
}

/// <summary>A topic-specific answer, e.g. ("Przeglądarka", "Chrome 120").</summary>
public sealed class CaseDetail
{
    public string Label { get; set; } = "";

    public string Value { get; set; } = "";
}
