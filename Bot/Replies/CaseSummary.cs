using System.Globalization;
using System.Text;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>The intake's summary in markdown: PESEL masked, everything the customer typed escaped.</summary>
public static class CaseSummary
{
    public static string Markdown(CaseFile caseFile)
    {
        var text = new StringBuilder("**Podsumowanie Twojej sprawy**\n\n")
            .Append(CultureInfo.InvariantCulture, $"- Temat: {caseFile.Topic.Label()}\n")
            .Append(CultureInfo.InvariantCulture, $"- Pilna: {(caseFile.Urgent ? "tak" : "nie")}\n")
            .Append(CultureInfo.InvariantCulture, $"- PESEL: {(caseFile.Pesel is null ? "nie podano" : MarkdownText.Escape(PeselValidator.Mask(caseFile.Pesel)))}\n")
            .Append(CultureInfo.InvariantCulture, $"- Numer pożyczki: {(caseFile.LoanNumber is null ? "nie mam jeszcze pożyczki" : MarkdownText.Escape(caseFile.LoanNumber))}\n")
            .Append(CultureInfo.InvariantCulture, $"- E-mail konta: {MarkdownText.Escape(caseFile.Email)}\n")
            .Append(CultureInfo.InvariantCulture, $"- Telefon konta: {MarkdownText.Escape(caseFile.Phone)}\n");
        foreach (var detail in caseFile.Details)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {detail.Label}: {MarkdownText.Escape(detail.Value)}\n");
        }
        return text.Append(CultureInfo.InvariantCulture, $"- Opis: {MarkdownText.Escape(caseFile.Description)}").ToString();
    }
}
