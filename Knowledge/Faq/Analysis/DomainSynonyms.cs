namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>
/// Words customers use for the same thing, mapped to one canonical word (before stemming both sides are
/// folded to ASCII). Keys and values are stemmed here, so the map works on stems whatever the inflection.
/// </summary>
public static class DomainSynonyms
{
    private static readonly (string Word, string Canonical)[] Pairs =
    [
        ("email", "mail"), ("emaila", "mail"), ("mejl", "mail"), ("majl", "mail"), ("mailowy", "mail"), ("mailowo", "mail"),
        ("emailowy", "mail"), ("poczta", "mail"), ("wiadomosc", "mail"),
        ("infolinia", "telefon"), ("hotline", "telefon"), ("phone", "telefon"), ("zadzwonic", "telefon"), ("dzwonic", "telefon"),
        ("dodzwonic", "telefon"), ("call", "telefon"), ("telefoniczny", "telefon"), ("telefonicznie", "telefon"), ("tel", "telefon"),
        ("login", "logowanie"), ("zaloguj", "logowanie"), ("log", "logowanie"), ("signin", "logowanie"),
        ("skontaktowac", "kontakt"), ("kontaktowac", "kontakt"), ("contact", "kontakt"), ("kontaktowy", "kontakt"),
        ("skarga", "reklamacja"), ("complaint", "reklamacja"), ("reklamowac", "reklamacja"),
        ("haslo", "haslo"), ("password", "haslo"), ("pass", "haslo"), ("passwd", "haslo"),
        ("form", "formularz"), ("konsultantka", "konsultant"), ("doradca", "konsultant"), ("czlowiek", "konsultant"),
        ("przedluzyc", "przedluzenie"), ("przesunac", "przedluzenie"), ("odroczyc", "przedluzenie"), ("prolongata", "przedluzenie"),
        ("niedziela", "niedziela"), ("sunday", "niedziela"), ("sobota", "sobota"), ("saturday", "sobota"),
        ("weekend", "weekend"), ("godzina", "godzina"), ("otwarte", "czynne"), ("czynny", "czynne"), ("open", "czynne"),
        ("pozyczka", "pozyczka"), ("loan", "pozyczka"), ("rata", "rata"), ("instalment", "rata"), ("splacic", "splata"), ("zaplacic", "splata"),
        ("wplata", "splata"), ("platnosc", "splata"), ("repay", "splata"), ("repayment", "splata"), ("payment", "splata"),
        ("zablokowany", "blokada"), ("zablokowac", "blokada"), ("odblokowac", "blokada"), ("locked", "blokada"), ("unlock", "blokada"), ("blocked", "blokada"),
        ("plik", "zalacznik"), ("dokument", "dokument"), ("skan", "zalacznik"), ("attachment", "zalacznik"), ("file", "zalacznik"),
        ("wgrac", "przeslac"), ("upload", "przeslac"), ("zaladowac", "przeslac"), ("dodac", "przeslac"),
        ("apka", "aplikacja"), ("app", "aplikacja"), ("komorka", "telefon"),
        ("strona", "strona"), ("website", "strona"), ("witryna", "strona"), ("www", "strona"),
        ("bot", "bot"), ("robot", "bot"), ("automat", "bot"),
        ("dzieki", "dziekuje"), ("dziekuwa", "dziekuje"), ("thx", "thanks"), ("thanks", "thanks"),
        ("nr", "numer"), ("calodobowa", "doba"), ("calodobowo", "doba"), ("nara", "pa"), ("papa", "pa"), ("narazie", "pa"), ("odpisac", "odpowiedz"), ("odpisujecie", "odpowiedz"), ("odpiszecie", "odpowiedz"),
        ("reply", "odpowiedz"), ("answer", "odpowiedz"), ("poskarzyc", "reklamacja"), ("zly", "zdenerwowany"), ("wkurza", "zdenerwowany"),
        ("wkurzony", "zdenerwowany"), ("denerwuje", "zdenerwowany"), ("zdenerwowalem", "zdenerwowany"), ("angry", "zdenerwowany"),
        ("frustrated", "zdenerwowany"), ("spozniony", "opoznienie"), ("spoznilem", "opoznienie"), ("late", "opoznienie"), ("pay", "splata"),
        ("czesc", "czesc"), ("hej", "czesc"), ("siema", "czesc"), ("elo", "czesc"), ("witam", "czesc"), ("hello", "czesc"), ("hi", "czesc"), ("hey", "czesc"),
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByStem =
        BuildMap().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The canonical stem of a synonym; null for a stem that is no synonym or already canonical.</summary>
    public static string? Canonical(ReadOnlySpan<char> stem) =>
        ByStem.TryGetValue(stem, out var canonical) && !stem.SequenceEqual(canonical) ? canonical : null;

    private static Dictionary<string, string> BuildMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, canonical) in Pairs)
            map[LightPolishStemmer.Stem(word)] = LightPolishStemmer.Stem(canonical);
        return map;
    }
}
