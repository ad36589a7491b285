using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Bot.Replies;

/// <summary>Replies that point the customer to the contact centre, built from the contact settings.</summary>
public sealed class ContactReplies(IOptionsMonitor<ContactOptions> options, PublishedTexts published)
{
    private ContactOptions Contact => options.CurrentValue;

    public IMessageActivity Apology() => MessageFactory.Text(
        "Przepraszam, coś poszło nie tak po mojej stronie i nie dokończyłem odpowiedzi. " +
        $"Spróbuj napisać jeszcze raz albo skontaktuj się z nami: infolinia {string.Join(" lub ", Contact.Hotlines)}, " +
        $"e-mail {Contact.Email}.");

    /// <summary>A card with one-tap call and e-mail buttons; <paramref name="text"/> is the advisor's own words.</summary>
    public Attachment ContactCard(string text)
    {
        var buttons = Contact.Hotlines
            .Select(h => Published(new CardAction(ActionTypes.Call, $"Zadzwoń: {h}", value: ContactOptions.TelUri(h))))
            .Append(Published(new CardAction(ActionTypes.OpenUrl, $"Napisz: {Contact.Email}", value: $"mailto:{Contact.Email}")))
            .ToList();
        return new HeroCard(title: "Kontakt z Vivus", text: published.Publish(text), buttons: buttons).ToAttachment();
    }

    private CardAction Published(CardAction action)
    {
        published.Publish(action.Title);
        published.Publish((string)action.Value);
        return action;
    }
}
