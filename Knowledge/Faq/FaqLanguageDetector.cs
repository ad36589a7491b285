using System.Buffers;

namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>
/// Tells English from Polish by Polish letters and by common words of each language; a tie is left
/// undecided so the search can fall back to the language of the question it matched.
/// </summary>
public static class FaqLanguageDetector
{
    private const string Separators = " \t,.?!;:\"()";

    private static readonly SearchValues<char> PolishLetters = SearchValues.Create("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");

    private static readonly string[] EnglishWords =
    [
        "what", "how", "when", "where", "why", "which", "who", "is", "are", "was", "the", "a", "an", "can", "could", "do", "does",
        "did", "my", "your", "you", "i", "me", "to", "for", "of", "in", "on", "at", "with", "and", "or", "not", "it", "this", "that",
        "have", "has", "get", "need", "want", "please", "open", "hours", "phone", "number", "call", "email", "address", "help",
        "loan", "password", "forgot", "account", "locked", "login", "log", "hello", "hi", "hey", "thanks", "thank", "bye", "goodbye",
        "time", "today", "sunday", "saturday", "weekend", "bot", "human", "cannot", "can't", "don't", "should", "would", "there",
        "send", "write", "reply", "contact", "complaint", "app", "website", "upload", "file", "repay", "pay", "late", "extend",
    ];

    private static readonly string[] PolishWords =
    [
        "jak", "jaki", "jaka", "jakie", "czy", "co", "gdzie", "kiedy", "ile", "mam", "mogę", "moge", "nie", "się", "sie", "jest", "do",
        "na", "w", "z", "za", "od", "po", "dla", "mój", "moj", "moja", "moje", "numer", "telefon", "infolinia", "godziny", "pożyczka",
        "pozyczka", "hasło", "haslo", "konto", "dzień", "dzien", "dobry", "cześć", "czesc", "dzięki", "dzieki", "witam", "hej", "proszę",
        "prosze", "adres", "to", "ten", "są", "sa", "jestem", "mnie", "mi", "o", "który", "ktory", "której", "ktorej", "sobota", "niedziela",
    ];

    // Both languages' words counted in one pass over the question.
    private static readonly KnownWords Words = new([EnglishWords, PolishWords], Separators);

    public static FaqLanguage? Detect(string text)
    {
        if (text.AsSpan().ContainsAny(PolishLetters))
            return FaqLanguage.Pl;
        Span<int> counts = stackalloc int[2];
        Words.Tally(text, counts);
        var (english, polish) = (counts[0], counts[1]);
        if (english == polish)
            return null;
        return english > polish ? FaqLanguage.En : FaqLanguage.Pl;
    }
}
