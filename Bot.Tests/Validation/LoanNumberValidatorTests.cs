using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Validation;

public sealed class LoanNumberValidatorTests
{
    private static readonly LoanNumberValidator Default = new(CaseIntakeOptions.DefaultLoanNumberPattern);

    [Theory]
    [InlineData("12345", "12345")]
    [InlineData("123456789012", "123456789012")]
    [InlineData(" 1234 5678 ", "12345678")]
    [InlineData("VIV-123456", "VIV-123456")]
    [InlineData("viv 123456", "VIV123456")]
    [InlineData("PZ/2024001", "PZ/2024001")]
    [InlineData("nr 12345678", "12345678")]
    [InlineData("Numer: 12345678", "12345678")]
    public void Accepts_numbers_of_the_default_format(string input, string number)
    {
        var outcome = Default.Validate(input);

        outcome.IsValid.Should().BeTrue(outcome.Reason);
        outcome.Value.Should().Be(new LoanNumberAnswer(number));
        outcome.Value!.HasLoan.Should().BeTrue();
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("1234567890123")]
    [InlineData("ABCDE-12345")]
    [InlineData("12345-ABC")]
    [InlineData("pożyczka")]
    public void Rejects_what_does_not_look_like_a_loan_number(string input)
    {
        var outcome = Default.Validate(input);

        outcome.IsValid.Should().BeFalse();
        outcome.Reason.Should().StartWith("ten numer nie wygląda jak numer pożyczki Vivus");
    }

    [Fact]
    public void Asks_for_a_number_when_the_answer_is_blank()
    {
        Default.Validate(" ").Reason.Should().Be("nie wpisano numeru pożyczki");
    }

    [Theory]
    [InlineData("nie mam jeszcze pożyczki")]
    [InlineData("Nie mam pożyczki.")]
    [InlineData("nie mam jeszcze zadnej pozyczki")]
    [InlineData("jeszcze nie mam pożyczki")]
    [InlineData("brak pożyczki")]
    [InlineData("I have no loan yet")]
    [InlineData("I don't have a loan")]
    [InlineData("I do not have any loans")]
    [InlineData("no loan")]
    public void Recognises_a_customer_without_a_loan(string input)
    {
        var outcome = Default.Validate(input);

        outcome.IsValid.Should().BeTrue();
        outcome.Value.Should().Be(LoanNumberAnswer.NoLoan);
        outcome.Value!.HasLoan.Should().BeFalse();
    }

    [Fact]
    public void Uses_the_pattern_from_the_settings()
    {
        var validator = new LoanNumberValidator(Options.Create(new CaseIntakeOptions { LoanNumberPattern = @"PZ\d{6}" }));

        validator.Validate("pz123456").Value.Should().Be(new LoanNumberAnswer("PZ123456"));
        validator.Validate("12345678").IsValid.Should().BeFalse();
        validator.Validate("PZ1234567").IsValid.Should().BeFalse("the pattern must match the whole number");
    }

    [Theory]
    [InlineData(CaseIntakeOptions.DefaultLoanNumberPattern, true)]
    [InlineData(@"\d{8}", true)]
    [InlineData("(", false)]
    [InlineData("[a-", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Tells_a_usable_pattern_from_a_broken_one(string? pattern, bool valid)
    {
        LoanNumberValidator.IsValidPattern(pattern).Should().Be(valid);
    }

    [Fact]
    public void A_broken_pattern_in_the_settings_fails_at_start_up()
    {
        using var services = Services(("CaseIntake:LoanNumberPattern", "(\\d+"));

        var act = () => services.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("*CaseIntake:LoanNumberPattern*");
    }

    [Fact]
    public void The_validator_is_registered_with_the_configured_pattern()
    {
        using var services = Services(("CaseIntake:LoanNumberPattern", @"VX\d{5}"));

        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<LoanNumberValidator>().Validate("VX12345").IsValid.Should().BeTrue();
    }

    [Fact]
    public void Without_a_section_the_default_pattern_applies()
    {
        using var services = Services();

        services.GetRequiredService<IOptions<CaseIntakeOptions>>().Value.LoanNumberPattern.Should().Be(CaseIntakeOptions.DefaultLoanNumberPattern);
    }

    [Fact]
    public void The_shipped_settings_file_holds_the_default_pattern()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Vivus.Advisor.Knowledge.Settings.SettingsFile.PathNextToAssembly).Build();

        configuration[$"{CaseIntakeOptions.SectionName}:{nameof(CaseIntakeOptions.LoanNumberPattern)}"].Should().Be(CaseIntakeOptions.DefaultLoanNumberPattern);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddCaseIntakeOptions(configuration).BuildServiceProvider();
    }
}
