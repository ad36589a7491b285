namespace Vivus.Advisor.Bot.Cases;

public enum DetailKind
{
    Text,
    PastDate,
    Amount,
}

/// <summary>One topic-specific question of the intake.</summary>
public sealed record DetailQuestion(string Label, DetailKind Kind, string Prompt);

/// <summary>What the contact centre needs to know beyond the basics, per topic (from what customers are asked to prepare).</summary>
public static class CaseDetailQuestions
{
    public static IReadOnlyList<DetailQuestion> For(CaseTopic topic) => topic switch
    {
        CaseTopic.Technical =>
        [
            new("Przeglądarka", DetailKind.Text, "W jakiej przeglądarce to się dzieje (np. Chrome, Firefox, Safari, aplikacja)?"),
            new("System lub urządzenie", DetailKind.Text, "Na jakim urządzeniu i systemie (np. Windows 11, Android, iPhone)?"),
            new("Komunikat błędu", DetailKind.Text, "Jaki dokładnie komunikat się pojawia? Przepisz go, proszę, słowo w słowo."),
            new("Kiedy wystąpił problem", DetailKind.PastDate, "Kiedy to się stało (np. „wczoraj około 21”, „dziś rano”)?"),
        ],
        CaseTopic.Repayment =>
        [
            new("Data ostatniej spłaty", DetailKind.PastDate, "Kiedy była Twoja ostatnia spłata (np. „15 listopada”)?"),
            new("Kwota ostatniej spłaty", DetailKind.Amount, "Na jaką kwotę (np. „250 zł”)?"),
        ],
        CaseTopic.Complaint =>
        [
            new("Czego dotyczy reklamacja", DetailKind.Text, "Co się stało? Opisz krótko, czego dotyczy reklamacja."),
            new("Kiedy to się stało", DetailKind.PastDate, "Kiedy to się stało?"),
        ],
        CaseTopic.ApplicationStatus =>
        [
            new("Data złożenia wniosku", DetailKind.PastDate, "Kiedy złożyłeś wniosek?"),
        ],
        _ => [],
    };
}
