using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>The advisor's own sentences around FAQ answers, in both languages, with placeholders filled.</summary>
public static class FaqReplies
{
    private static readonly LocalizedText NotKnown = new(
        "Niestety nie znam odpowiedzi na to pytanie. Pomogę w sprawach kontaktu z Vivus: godziny infolinii, e-mail, formularz, problemy techniczne. "
        + "W innych sprawach zadzwoń: {hotline1} lub napisz: {email}.",
        "Sorry, I don't know the answer to that. I can help with contacting Vivus: hotline hours, e-mail, the web form, technical problems. "
        + "For anything else, call {hotline1} or write to {email}.");

    private static readonly LocalizedText DidYouMean = new("Czy chodziło Ci o:", "Did you mean:");

    public static string NotKnownText(FaqLanguage language, ContactOptions contact) =>
        AnswerPlaceholders.Fill(NotKnown.For(language), contact);

    public static string DidYouMeanText(FaqLanguage language) => DidYouMean.For(language);
}
