using System.Text.RegularExpressions;
using Vivus.Advisor.Bot.Privacy;

namespace Vivus.Advisor.Bot.Tests.Privacy;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("PESEL 44051401359 klienta", "PESEL [redacted] klienta")]
    [InlineData("pesel: 440514 01359", "pesel: [redacted]")]
    [InlineData("pisz na jan.kowalski+vivus@example.com.pl teraz", "pisz na [redacted] teraz")]
    [InlineData("tel. +48 600 100 200", "tel. [redacted]")]
    [InlineData("tel. 600-100-200 albo 600100200", "tel. [redacted] albo [redacted]")]
    [InlineData("stacjonarny 22 206 21 21", "stacjonarny [redacted]")]
    [InlineData("0048600100200", "[redacted]")]
    [InlineData("pożyczka 12345 spłacona", "pożyczka [redacted] spłacona")]
    [InlineData("nr VIV-123456, PZ/98765 i abc1234567", "nr [redacted], [redacted] i [redacted]")]
    [InlineData("umowa viv12345.", "umowa [redacted].")]
    public void Masks_personal_data(string input, string expected) =>
        PersonalDataRedactor.Redact(input).Should().Be(expected);

    [Theory]
    [InlineData("Turn took 35 ms at 2026-11-25 16:30:00")]
    [InlineData("Sending 3 activities, status 200")]
    [InlineData("ConversationId=emulator-conv")]
    [InlineData("Raty 1234 zł do 25.11.2026, 14:05:30; 2026/11/25")]
    [InlineData("Wersja 10.0.100, kod 4040")]
    public void Leaves_ordinary_log_text_alone(string input) =>
        PersonalDataRedactor.Redact(input).Should().Be(input);

    [Theory]
    [InlineData("[Napisz](mailto:kontakt@vivus.pl?subject=Umowa%20VIV-123456&body=E-mail%3A%20jan.kowalski%40example.com%0D%0ATel.%3A%20%2B48%20600%20100%20200)")]
    [InlineData("mailto:kontakt%40vivus.pl?body=PESEL%3A%2044051401359 i dalej")]
    [InlineData("https://example.com/?q=jan.kowalski%2540example.com")]
    public void Masks_what_a_link_carries_percent_encoded(string input)
    {
        var redacted = PersonalDataRedactor.Redact(input);

        var decoded = Uri.UnescapeDataString(Uri.UnescapeDataString(redacted));
        decoded.Should().Contain(PersonalDataRedactor.Mask).And.NotContain("jan.kowalski").And.NotContain("600 100 200")
            .And.NotContain("44051401359").And.NotContain("123456");
    }

    [Theory]
    [InlineData("Rabat 50% na opłatę, kod 100%25")]
    [InlineData("https://www.vivus.pl/kontakt?temat=Sp%C5%82ata%20raty")]
    [InlineData("[Napisz](mailto:kontakt?subject=Sp%C5%82ata%20z%2024%20listopada) i (dalej)")]
    public void Leaves_an_encoded_run_without_personal_data_as_it_was(string input) =>
        PersonalDataRedactor.Redact(input).Should().Be(input);

    [Theory]
    [InlineData("ABCDE-12345 i X-12345 i --12345", "ABCDE-[redacted] i X-[redacted] i --[redacted]")]
    [InlineData("A-B12345, ABCDE12345, 1AB12345, 12345½, ²12345", "A-B12345, ABCDE12345, 1AB12345, 12345½, ²12345")]
    [InlineData("440514 01359½ i 44051401359 1", "[redacted] 01359½ i [redacted]")]
    [InlineData("konto 1234 5678 9012 3456 7890", "konto [redacted]")]
    public void Masks_numbers_only_where_they_stand_alone(string input, string expected) =>
        PersonalDataRedactor.Redact(input).Should().Be(expected);

    [Fact]
    public void Masks_random_text_exactly_as_the_patterns_describe()
    {
        var random = new Random(7);
        const string alphabet = "0123456789012345678901234567890123456789abcVIVpzłŻ  \u00a0\t-/.,@+_²½٣";
        // Pieces numbers are made of, so phone numbers with and without prefixes, loan numbers and long runs come up often.
        // Long stretches without digits too, with Polish letters and typographic punctuation, as in a ready-to-send e-mail.
        string[] pieces = ["+48", "0048", "+ 48", "00 48", "48", "0", "00", "12", "345", "6789", " ", " ", "-", "/", "VIV", "ab", "²", "٣", "@x.pl", "\u00a0",
            "Dzień dobry, proszę o kontakt ", "„pilne” — spłata raty… "];
        var texts = Enumerable.Range(0, 20_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]))));

        foreach (var text in texts)
            PersonalDataRedactor.Redact(text).Should().Be(AsThePatternsMask(text), text);
    }

    // The definition the hand-written scans of phone, long and loan numbers follow, as regular expressions, in the masking's order.
    private static string AsThePatternsMask(string text)
    {
        string[] patterns =
        [
            @"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}",
            @"(?<![\p{N}])(?:(?:\+|00)\s?48[\s\-]?)?(?:\d{3}[\s\-]?\d{3}[\s\-]?\d{3}|\d{2}[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2})(?![\p{N}])",
            @"(?<![\p{N}])\d(?:\s?\d){8,}(?![\p{N}])",
            @"(?<![\p{L}\p{N}])(?:\p{L}{2,4}[-/]?)?\d{5,}(?![\p{N}])",
        ];
        return patterns.Aggregate(text, (masked, pattern) => Regex.Replace(masked, pattern, PersonalDataRedactor.Mask, RegexOptions.CultureInvariant));
    }

    [Fact]
    public void Any_digit_or_at_sign_in_the_whole_character_range_may_be_personal_data()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            PersonalDataRedactor.MayContainPersonalData($"tekst {c} dalej").Should().Be(c == '@' || char.IsDigit(c), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("Dzień dobry, jak się masz?", false)]
    [InlineData("napisz: a@b", true)]
    [InlineData("numer 7", true)]
    [InlineData("numer ٧", true)]
    public void Tells_whether_text_may_hold_personal_data(string input, bool may) =>
        PersonalDataRedactor.MayContainPersonalData(input).Should().Be(may);
}
