using System.Globalization;
using System.Text;

namespace Vivus.Advisor.Bot.Cases;

/// <summary>A ready-to-send e-mail to the contact centre. The PESEL is never in it: the customer types it in.</summary>
public sealed class EmailDraft(string to, string subject, string body)
{
    public const string PeselPlaceholder = "[tu wpisz swój numer PESEL]";

    public string To { get; } = to;

    public string Subject { get; } = subject;

    public string Body { get; } = body;

    public static EmailDraft For(CaseFile caseFile, string to)
    {
        var body = new StringBuilder()
            .AppendLine("Dzień dobry,")
            .AppendLine()
            .AppendLine(caseFile.Description)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Temat: {caseFile.Topic.Label()}{(caseFile.Urgent ? " (sprawa pilna)" : "")}");
        foreach (var detail in caseFile.Details)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"{detail.Label}: {detail.Value}");
        }
        body.AppendLine()
            .AppendLine("Moje dane:")
            .AppendLine(CultureInfo.InvariantCulture, $"PESEL: {PeselPlaceholder}")
            .AppendLine(CultureInfo.InvariantCulture, $"Numer pożyczki: {caseFile.LoanNumber ?? "nie mam jeszcze pożyczki"}")
            .AppendLine(CultureInfo.InvariantCulture, $"E-mail konta: {caseFile.Email}")
            .AppendLine(CultureInfo.InvariantCulture, $"Telefon konta: {caseFile.Phone}")
            .AppendLine()
            .Append("Pozdrawiam");
        return new EmailDraft(to, caseFile.Topic.EmailSubject(caseFile.LoanNumber), body.ToString().ReplaceLineEndings("\n"));
    }

    // Built once: the message and its card both carry it, and encoding the body is the draft's dearest part.
    public string MailtoUri { get; } =
        $"mailto:{to}?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body.Replace("\n", "\r\n"))}";
}
