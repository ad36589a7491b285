using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Hours;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>What the customer gets at the end of the intake: whom to contact, how, and when.</summary>
public sealed class HandoffReplies(IOptionsMonitor<ContactOptions> options, ContactReplies contact)
{
    private ContactOptions Contact => options.CurrentValue;

    public IReadOnlyList<IActivity> Build(CaseFile caseFile, HandoffChannel channel, HotlineStatus hotline, DateTimeOffset emailDeadline)
    {
        var status = new PolishHoursAnswerWriter(Contact).Now(hotline, emailDeadline);
        return channel == HandoffChannel.Phone ? Phone(status, hotline.InRecommendedWindow) : Email(caseFile, status);
    }

    private IReadOnlyList<IActivity> Phone(string status, bool inRecommendedWindow)
    {
        var bestTime = inRecommendedWindow ? "" : $"Najkrócej czeka się w dni robocze w godzinach {Contact.RecommendedWindow}. ";
        var message = Markdown(
            "Twoją sprawę najszybciej załatwisz telefonicznie.\n\n" + status + "\n\n" + bestTime +
            "Przygotuj PESEL, numer pożyczki i dane z podsumowania — konsultant o nie zapyta. " +
            $"Wolisz napisać? Adres to [{Contact.Email}](mailto:{Contact.Email}).");
        var card = MessageFactory.Attachment(contact.ContactCard("Zadzwoń do Działu Obsługi Klienta Vivus."));
        return [message, card];
    }

    private IReadOnlyList<IActivity> Email(CaseFile caseFile, string status)
    {
        var draft = EmailDraft.For(caseFile, Contact.Email);
        var message = Markdown(
            $"Najlepiej napisz e-mail na [{Contact.Email}](mailto:{Contact.Email}) — przygotowałem gotową wiadomość. " +
            $"Wpisz w niej tylko swój PESEL w miejscu „{EmailDraft.PeselPlaceholder}” i dołącz dokumenty, jeśli je masz (czytelne, PDF lub JPG).\n\n" +
            status + "\n\n" +
            $"**Temat:** {MarkdownText.Escape(draft.Subject)}\n\n" +
            string.Join("  \n", draft.Body.Split('\n').Select(MarkdownText.Escape)) + "\n\n" +
            $"[Otwórz gotową wiadomość w programie pocztowym]({draft.MailtoUri})");
        var card = new HeroCard(
            title: "Gotowa wiadomość do Vivus",
            subtitle: draft.Subject,
            buttons:
            [
                new CardAction(ActionTypes.OpenUrl, "Napisz e-mail", value: draft.MailtoUri),
                new CardAction(ActionTypes.OpenUrl, "Formularz kontaktowy", value: Contact.ContactFormUrl),
            ]);
        return [message, MessageFactory.Attachment(card.ToAttachment())];
    }

    private static IMessageActivity Markdown(string text)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        message.Locale = "pl-PL";
        return message;
    }
}
