using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Knowledge.Contact;

namespace Vivus.Advisor.Bot.Tests.Privacy;

public sealed class VivusContactValuesTests
{
    private static readonly VivusContactValues Values = new(new StaticContact(new ContactOptions
    {
        Hotlines = ["660 600 700", "22 206 21 21"],
        Email = "kontakt@vivus.pl",
    }));

    [Theory]
    [InlineData("660 600 700")]
    [InlineData("660-600-700")]
    [InlineData("660600700")]
    [InlineData("+48 660 600 700")]
    [InlineData("+48660600700")]
    [InlineData("48660600700")]
    [InlineData("0048 22 206 21 21")]
    [InlineData("KONTAKT@vivus.pl")]
    public void Knows_vivus_numbers_and_address_in_any_spelling(string found) =>
        Values.Contains(found).Should().BeTrue();

    [Theory]
    [InlineData("600 100 200")]
    [InlineData("660 600 701")]
    [InlineData("6606007001")]
    [InlineData("+49 660 600 700")]
    [InlineData("660 600 700 1")]
    [InlineData("VIV-660600700")]
    [InlineData("jan.kowalski@vivus.pl")]
    [InlineData("kontakt@vivus.pl.example.com")]
    public void Takes_anything_else_for_someones_data(string found) =>
        Values.Contains(found).Should().BeFalse();

    [Theory]
    [InlineData(
        "Zadzwoń pod [660 600 700](tel:+48660600700) lub napisz na [kontakt@vivus.pl](mailto:kontakt@vivus.pl).",
        "Zadzwoń pod [660 600 700](tel:+48660600700) lub napisz na [kontakt@vivus.pl](mailto:kontakt@vivus.pl).")]
    [InlineData(
        "Mój numer 600 100 200, infolinia 22 206 21 21, mój e-mail jan@example.com, wasz kontakt@vivus.pl",
        "Mój numer [redacted], infolinia 22 206 21 21, mój e-mail [redacted], wasz kontakt@vivus.pl")]
    public void Masking_keeps_them_and_nothing_else(string text, string expected) =>
        PersonalDataRedactor.Redact(text, Values).Should().Be(expected);

    [Fact]
    public void A_links_address_stays_while_the_number_it_carries_is_masked() =>
        PersonalDataRedactor.Redact("mailto:kontakt@vivus.pl?body=Telefon%3A%20%2B48%20600%20100%20200", Values)
            .Should().Contain("kontakt%40vivus.pl").And.Contain("%5Bredacted%5D").And.NotContain("600");

    [Fact]
    public void Without_them_masking_hides_every_number_and_address() =>
        PersonalDataRedactor.Redact("infolinia 22 206 21 21, kontakt@vivus.pl").Should().Be("infolinia [redacted], [redacted]");

    private sealed class StaticContact(ContactOptions value) : IOptionsMonitor<ContactOptions>
    {
        public ContactOptions CurrentValue => value;

        public ContactOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ContactOptions, string?> listener) => null;
    }
}
