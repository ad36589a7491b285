using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Validation;

public sealed class PhoneValidatorTests
{
    [Theory]
    [InlineData("+48 600 100 200")]
    [InlineData("600-100-200")]
    [InlineData("600100200")]
    [InlineData("600 100 200")]
    [InlineData("0048600100200")]
    [InlineData("0048 600 100 200")]
    [InlineData("(+48) 600 100 200")]
    [InlineData("+48600100200")]
    [InlineData("+48-600-100-200")]
    [InlineData("48 600 100 200")]
    [InlineData("(48) 600100200")]
    [InlineData(" 600.100.200 ")]
    public void Reads_every_common_spelling_as_the_same_number(string input)
    {
        var outcome = PhoneValidator.Validate(input);

        outcome.IsValid.Should().BeTrue(outcome.Reason);
        outcome.Value.Should().Be("+48 600 100 200");
    }

    [Fact]
    public void Accepts_landlines_in_the_same_format()
    {
        PhoneValidator.Validate("22 206 21 21").Value.Should().Be("+48 222 062 121");
    }

    [Theory]
    [InlineData("", "nie wpisano numeru telefonu")]
    [InlineData("600 100 20", "numer ma za mało cyfr (polski numer ma 9 cyfr, a wpisany ma 8)")]
    [InlineData("600 100 2000", "numer ma za dużo cyfr (polski numer ma 9 cyfr, a wpisany ma 10)")]
    [InlineData("+48 600 100 2000", "numer ma za dużo cyfr (polski numer ma 9 cyfr, a wpisany ma 10)")]
    [InlineData("600 1OO 200", "numer telefonu może zawierać tylko cyfry, spacje, myślniki i +48")]
    [InlineData("+49 151 1234 5678", "podaj, proszę, polski numer telefonu (+48)")]
    [InlineData("0049 151 12345678", "podaj, proszę, polski numer telefonu (+48)")]
    [InlineData("600 +48 100 200", "znak + może stać tylko na początku numeru")]
    [InlineData("++48 600 100 200", "znak + może stać tylko na początku numeru")]
    [InlineData("060 010 020", "polski numer nie zaczyna się od zera")]
    public void Explains_each_failure(string input, string reason)
    {
        var outcome = PhoneValidator.Validate(input);

        outcome.IsValid.Should().BeFalse();
        outcome.Reason.Should().Be(reason);
    }
}
