namespace Vivus.Advisor.LoadTest;

/// <summary>What a simulated customer says, turn by turn, and a piece of the answer that shows the turn went right.</summary>
public static class Scripts
{
    /// <summary>A full case intake to the handoff (synthetic PESEL with a valid check digit).</summary>
    public static readonly (string Say, string Expect)[] CaseIntake =
    [
        ("Mam problem ze spłatą", "Czy sprawa jest pilna"),
        ("tak", "numer PESEL"),
        ("90010112349", "numer Twojej pożyczki"),
        ("VIV-123456", "adres e-mail"),
        ("jan.kowalski@example.com", "numer telefonu"),
        ("600-100-200", "ostatnia spłata"),
        ("wczoraj", "Na jaką kwotę"),
        ("250,50 zł", "opisz, proszę, sprawę"),
        ("Nie zdążę zapłacić raty w terminie, proszę o kontakt.", "Podsumowanie"),
        ("Potwierdzam", "Czy ta rozmowa była dla Ciebie pomocna?"),
    ];

    /// <summary>FAQ questions; any answer from the bot counts (the knowledge base decides which).</summary>
    public static readonly (string Say, string Expect)[] Questions =
    [
        ("jak się skontaktować?", ""),
        ("Jakie są godziny pracy infolinii?", ""),
        ("Jak spłacić pożyczkę?", ""),
        ("Czy mogę przedłużyć termin spłaty?", ""),
        ("Ile kosztuje pożyczka?", ""),
        ("Jak zmienić numer konta?", ""),
        ("Nie mogę się zalogować", ""),
        ("Czy ktoś teraz odbierze telefon?", ""),
        ("Jak złożyć reklamację?", ""),
        ("Dziękuję, to wszystko", ""),
    ];
}
