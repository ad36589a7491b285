using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Validation;

public sealed class AmountValidatorTests
{
    private static readonly AmountValidator Validator = new();

    [Theory]
    [InlineData("250 zł", "250")]
    [InlineData("250zł", "250")]
    [InlineData("250,50 PLN", "250.50")]
    [InlineData("250.50", "250.50")]
    [InlineData("1 250,00 zł", "1250.00")]
    [InlineData("1 250,00 zł.", "1250.00")]
    [InlineData("250 złotych", "250")]
    [InlineData("250 zlotych", "250")]
    [InlineData("2 złote", "2")]
    [InlineData("1.250,00", "1250.00")]
    [InlineData("1,250.00", "1250.00")]
    [InlineData("1.250", "1250")]
    [InlineData("12,5", "12.5")]
    [InlineData("0,01", "0.01")]
    [InlineData("100 000 zł", "100000")]
    [InlineData("1\u00a0250,00\u00a0zł", "1250.00")]
    public void Reads_amounts_written_the_usual_ways(string input, string expected)
    {
        var outcome = Validator.Validate(input);

        outcome.IsValid.Should().BeTrue(outcome.Reason);
        outcome.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("", "nie wpisano kwoty")]
    [InlineData("0 zł", "kwota musi być większa od zera")]
    [InlineData("-250", "kwota musi być większa od zera")]
    [InlineData("0,00", "kwota musi być większa od zera")]
    [InlineData("250,505", "kwota może mieć najwyżej dwie cyfry po przecinku (grosze)")]
    [InlineData("100 000,01 zł", "kwota wydaje się za duża (więcej niż 100 000 zł) — sprawdź, proszę, czy nie ma w niej dodatkowej cyfry")]
    [InlineData("2500000", "kwota wydaje się za duża (więcej niż 100 000 zł) — sprawdź, proszę, czy nie ma w niej dodatkowej cyfry")]
    [InlineData("250 EUR", "podaj, proszę, kwotę w złotych")]
    [InlineData("$250", "podaj, proszę, kwotę w złotych")]
    [InlineData("sto złotych", "nie rozpoznaję tej kwoty — wpisz ją cyframi, np. 250,50 zł")]
    [InlineData("25O zł", "nie rozpoznaję tej kwoty — wpisz ją cyframi, np. 250,50 zł")]
    [InlineData("1.25.0", "nie rozpoznaję tej kwoty — wpisz ją cyframi, np. 250,50 zł")]
    [InlineData("zł", "nie rozpoznaję tej kwoty — wpisz ją cyframi, np. 250,50 zł")]
    public void Explains_each_failure(string input, string reason)
    {
        var outcome = Validator.Validate(input);

        outcome.IsValid.Should().BeFalse();
        outcome.Reason.Should().Be(reason);
    }

    [Fact]
    public void The_upper_limit_can_be_set()
    {
        new AmountValidator(maximum: 5_000m).Validate("5 000,01 zł").IsValid.Should().BeFalse();
        new AmountValidator(maximum: 5_000m).Validate("5 000 zł").IsValid.Should().BeTrue();
    }
}
