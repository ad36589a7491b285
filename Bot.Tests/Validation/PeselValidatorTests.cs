using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Validation;

public sealed class PeselValidatorTests
{
    [Theory]
    [InlineData(1800, 1, 1, "81")]
    [InlineData(1899, 12, 31, "92")]
    [InlineData(1900, 1, 1, "01")]
    [InlineData(1985, 7, 4, "07")]
    [InlineData(1999, 12, 31, "12")]
    [InlineData(2000, 1, 1, "21")]
    [InlineData(2005, 11, 30, "31")]
    [InlineData(2099, 12, 31, "32")]
    [InlineData(2100, 1, 1, "41")]
    [InlineData(2150, 6, 15, "46")]
    [InlineData(2200, 2, 28, "62")]
    [InlineData(2299, 12, 31, "72")]
    public void Accepts_every_century_encoding(int year, int month, int day, string encodedMonth)
    {
        var pesel = SyntheticPesel.For(year, month, day);
        pesel[2..4].Should().Be(encodedMonth);

        var outcome = PeselValidator.Validate(pesel);

        outcome.IsValid.Should().BeTrue(outcome.Reason);
        outcome.Value.Should().Be(pesel);
        PeselValidator.BirthDate(pesel).Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Has_no_birth_date_for_an_invalid_number()
    {
        PeselValidator.BirthDate(SyntheticPesel.For(1990, 2, 30)).Should().BeNull();
        PeselValidator.BirthDate("85070412343").Should().BeNull();
        PeselValidator.BirthDate(null).Should().BeNull();
    }

    [Fact]
    public void Accepts_a_hand_computed_number()
    {
        // 8·1 + 5·3 + 0·7 + 7·9 + 0·1 + 4·3 + 1·7 + 2·9 + 3·1 + 4·3 = 138, so the check digit is (10 − 8) mod 10 = 2.
        PeselValidator.Validate("85070412342").IsValid.Should().BeTrue();
        PeselValidator.CheckDigit("8507041234").Should().Be(2);
    }

    [Theory]
    [InlineData("850 704 123 42")]
    [InlineData("850704-12342")]
    [InlineData(" 85-07-04-12342 ")]
    [InlineData("85070412342\n")]
    public void Accepts_spaces_and_dashes_and_returns_only_the_digits(string input)
    {
        var outcome = PeselValidator.Validate(input);

        outcome.IsValid.Should().BeTrue(outcome.Reason);
        outcome.Value.Should().Be("85070412342");
    }

    [Fact]
    public void Accepts_29_february_of_2000_a_leap_year()
    {
        PeselValidator.Validate(SyntheticPesel.For(2000, 2, 29)).IsValid.Should().BeTrue();
        PeselValidator.Validate(SyntheticPesel.For(2024, 2, 29)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Rejects_29_february_of_1900_which_was_not_a_leap_year()
    {
        PeselValidator.Validate(SyntheticPesel.For(1900, 2, 29)).Reason
            .Should().Be("data urodzenia zapisana w numerze PESEL nie istnieje (29 lutego)");
        PeselValidator.Validate(SyntheticPesel.For(2100, 2, 29)).IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("", "nie wpisano numeru PESEL")]
    [InlineData("   ", "nie wpisano numeru PESEL")]
    [InlineData("8507041234a", "numer PESEL może zawierać tylko cyfry")]
    [InlineData("85.07.04.12342", "numer PESEL może zawierać tylko cyfry")]
    [InlineData("8507041234", "numer PESEL ma 11 cyfr, a wpisany ma 10")]
    [InlineData("850704123420", "numer PESEL ma 11 cyfr, a wpisany ma 12")]
    [InlineData("85070412343", "cyfra kontrolna się nie zgadza")]
    public void Explains_each_failure(string input, string reason)
    {
        var outcome = PeselValidator.Validate(input);

        outcome.IsValid.Should().BeFalse();
        outcome.Reason.Should().Be(reason);
        outcome.Value.Should().BeNull();
    }

    [Fact]
    public void Explains_a_wrong_check_digit_even_for_a_real_date()
    {
        PeselValidator.Validate(SyntheticPesel.WithWrongCheckDigit(SyntheticPesel.For(1992, 5, 17))).Reason
            .Should().Be("cyfra kontrolna się nie zgadza");
    }

    [Theory]
    [InlineData(1990, 2, 30, "30 lutego")]
    [InlineData(1990, 4, 31, "31 kwietnia")]
    [InlineData(2001, 6, 31, "31 czerwca")]
    [InlineData(1990, 1, 0, "0 stycznia")]
    [InlineData(1990, 1, 32, "32 stycznia")]
    public void Names_a_birth_date_that_does_not_exist(int year, int month, int day, string date)
    {
        PeselValidator.Validate(SyntheticPesel.For(year, month, day)).Reason
            .Should().Be($"data urodzenia zapisana w numerze PESEL nie istnieje ({date})");
    }

    [Theory]
    [InlineData("00")]
    [InlineData("13")]
    [InlineData("20")]
    [InlineData("33")]
    [InlineData("80")]
    [InlineData("93")]
    public void Rejects_a_month_no_century_uses(string encodedMonth)
    {
        var pesel = SyntheticPesel.WithCheckDigit($"90{encodedMonth}151234");

        PeselValidator.Validate(pesel).Reason.Should().Be("miesiąc urodzenia zapisany w numerze PESEL nie istnieje");
    }

    [Fact]
    public void Never_puts_the_number_into_a_reason()
    {
        var pesels = new[] { SyntheticPesel.For(1990, 2, 30), SyntheticPesel.WithWrongCheckDigit(SyntheticPesel.For(1985, 7, 4)), "8507041234" };

        foreach (var pesel in pesels)
        {
            PeselValidator.Validate(pesel).Reason.Should().NotContain(pesel[..6]).And.NotContain(pesel[6..10]);
        }
    }

    [Theory]
    [InlineData("85070412342", "*******2342")]
    [InlineData("850 704 123 42", "*******2342")]
    [InlineData("123", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Masks_all_but_the_last_four_digits(string? input, string masked)
    {
        PeselValidator.Mask(input).Should().Be(masked);
    }
}
