using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Validation;

public sealed class EmailValidatorTests
{
    [Theory]
    [InlineData("jan.kowalski@example.pl", "jan.kowalski@example.pl")]
    [InlineData("  Jan.Kowalski@Example.PL  ", "Jan.Kowalski@example.pl")]
    [InlineData("anna+vivus@poczta.example.com", "anna+vivus@poczta.example.com")]
    [InlineData("<ola_k@firma-x.com.pl>", "ola_k@firma-x.com.pl")]
    [InlineData("mailto:ola@example.org", "ola@example.org")]
    public void Accepts_an_address_trimmed_with_the_domain_in_lower_case(string input, string expected)
    {
        var outcome = EmailValidator.Validate(input);

        outcome.IsValid.Should().BeTrue(outcome.Reason);
        outcome.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("", "nie wpisano adresu e-mail")]
    [InlineData("jan kowalski@example.pl", "adres e-mail nie może zawierać spacji")]
    [InlineData("jan.kowalski.example.pl", "brakuje znaku @")]
    [InlineData("jan@@example.pl", "adres e-mail może zawierać tylko jeden znak @")]
    [InlineData("@example.pl", "przed znakiem @ brakuje nazwy skrzynki")]
    [InlineData("jan..k@example.pl", "część przed znakiem @ zawiera niedozwolone znaki lub kropki w złym miejscu")]
    [InlineData(".jan@example.pl", "część przed znakiem @ zawiera niedozwolone znaki lub kropki w złym miejscu")]
    [InlineData("jan@", "po znaku @ brakuje domeny, np. gmail.com")]
    [InlineData("jan@example", "domena po znaku @ wygląda na niepełną lub błędną, np. powinna kończyć się na .pl albo .com")]
    [InlineData("jan@example.", "domena po znaku @ wygląda na niepełną lub błędną, np. powinna kończyć się na .pl albo .com")]
    [InlineData("jan@-example.pl", "domena po znaku @ wygląda na niepełną lub błędną, np. powinna kończyć się na .pl albo .com")]
    [InlineData("jan@example.p1", "domena po znaku @ wygląda na niepełną lub błędną, np. powinna kończyć się na .pl albo .com")]
    [InlineData("jan@exa_mple.pl", "domena po znaku @ wygląda na niepełną lub błędną, np. powinna kończyć się na .pl albo .com")]
    public void Explains_each_failure(string input, string reason)
    {
        var outcome = EmailValidator.Validate(input);

        outcome.IsValid.Should().BeFalse();
        outcome.Reason.Should().Be(reason);
    }

    [Fact]
    public void Rejects_an_address_longer_than_the_standard_allows()
    {
        EmailValidator.Validate(new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".pl")
            .Reason.Should().Be("adres e-mail jest za długi");
        EmailValidator.Validate(new string('a', 65) + "@example.pl").IsValid.Should().BeFalse();
    }
}
