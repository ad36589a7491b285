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
        var buttons = Buttons().Actions.Select(a => new CardAction(a.Type, a.Title, value: a.Value)).ToList();
        return new HeroCard(title: "Kontakt z Vivus", text: published.Publish(text), buttons: buttons).ToAttachment();
    }

    // The buttons depend only on the settings, so their texts are built and published once per settings value rather
    // than for every answer the advisor does not know.
    private ContactButtons? _buttons;

    private ContactButtons Buttons()
    {
        var contact = Contact;
        if (_buttons is { } built && ReferenceEquals(built.Source, contact))
        {
            return built;
        }
        var actions = contact.Hotlines
            .Select(h => (ActionTypes.Call, $"Zadzwoń: {h}", ContactOptions.TelUri(h)))
            .Append((ActionTypes.OpenUrl, $"Napisz: {contact.Email}", $"mailto:{contact.Email}"))
            .Select(a => (a.Item1, published.Publish(a.Item2), published.Publish(a.Item3)))
            .ToArray();
        return _buttons = new ContactButtons(contact, actions);
    }

    private sealed record ContactButtons(ContactOptions Source, (string Type, string Title, string Value)[] Actions);
}
