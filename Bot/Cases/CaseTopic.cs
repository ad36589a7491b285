namespace Vivus.Advisor.Bot.Cases;

/// <summary>What a customer's case is about; decides the details asked for and the best channel.</summary>
public enum CaseTopic
{
    ApplicationStatus,
    Repayment,
    Extension,
    DataChange,
    Technical,
    Complaint,
    Other,
}

public static class CaseTopics
{
    public static readonly IReadOnlyList<CaseTopic> All = Enum.GetValues<CaseTopic>();

    /// <summary>The topic as the customer picks it from the list.</summary>
    public static string Label(this CaseTopic topic) => topic switch
    {
        CaseTopic.ApplicationStatus => "Status wniosku",
        CaseTopic.Repayment => "Spłata lub płatność",
        CaseTopic.Extension => "Przedłużenie lub restrukturyzacja",
        CaseTopic.DataChange => "Zmiana danych osobowych",
        CaseTopic.Technical => "Problem techniczny lub logowanie",
        CaseTopic.Complaint => "Reklamacja",
        _ => "Inna sprawa",
    };

    /// <summary>An e-mail subject in the style the contact centre expects, e.g. "Zapytanie o status pożyczki nr 12345".</summary>
    public static string EmailSubject(this CaseTopic topic, string? loanNumber)
    {
        var loan = loanNumber is null ? "" : $" nr {loanNumber}";
        return topic switch
        {
            CaseTopic.ApplicationStatus => loanNumber is null ? "Zapytanie o status wniosku o pożyczkę" : $"Zapytanie o status pożyczki{loan}",
            CaseTopic.Repayment => $"Problem ze spłatą pożyczki{loan}",
            CaseTopic.Extension => $"Prośba o przedłużenie terminu spłaty pożyczki{loan}",
            CaseTopic.DataChange => "Prośba o zmianę danych osobowych",
            CaseTopic.Technical => "Problem techniczny z kontem lub panelem klienta",
            CaseTopic.Complaint => $"Reklamacja dotycząca pożyczki{loan}",
            _ => $"Zapytanie dotyczące pożyczki{loan}",
        };
    }
}
