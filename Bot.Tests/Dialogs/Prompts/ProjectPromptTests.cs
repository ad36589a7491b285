using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Prompts;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Tests.Validation;
using Vivus.Advisor.Bot.Validation;
using static Vivus.Advisor.Bot.Tests.Dialogs.PromptScenario;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Prompts;

public sealed class ProjectPromptTests
{
    private static readonly string ValidPesel = SyntheticPesel.For(1985, 7, 4);

    [Fact]
    public async Task Pesel_prompt_returns_the_digits()
    {
        await Asking(new PeselPrompt("pesel"), Options("Podaj, proszę, numer PESEL.")).Flow()
            .Send("start").AssertReply("Podaj, proszę, numer PESEL.")
            .Send($"{ValidPesel[..3]} {ValidPesel[3..6]}-{ValidPesel[6..]}").AssertReply($"wynik: {ValidPesel}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Pesel_prompt_says_why_a_number_is_wrong_without_repeating_it()
    {
        var wrongCheckDigit = SyntheticPesel.WithWrongCheckDigit(ValidPesel);

        await Asking(new PeselPrompt("pesel"), Options("Podaj, proszę, numer PESEL.", retry: "Podaj PESEL jeszcze raz.")).Flow()
            .Send("start").AssertReply("Podaj, proszę, numer PESEL.")
            .Send(wrongCheckDigit).AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                message.Text.Should().Be("Ten numer PESEL nie jest poprawny: cyfra kontrolna się nie zgadza. Sprawdź go, proszę, i wpisz jeszcze raz.");
                message.InputHint.Should().Be(InputHints.ExpectingInput);
            })
            .Send(SyntheticPesel.For(1990, 2, 30)).AssertReply(
                "Ten numer PESEL nie jest poprawny: data urodzenia zapisana w numerze PESEL nie istnieje (30 lutego). Sprawdź go, proszę, i wpisz jeszcze raz.")
            .Send(ValidPesel).AssertReply($"wynik: {ValidPesel}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Pesel_prompt_gives_up_after_max_attempts_with_no_value()
    {
        await Asking(new PeselPrompt("pesel"), Options("Podaj, proszę, numer PESEL.", maxAttempts: 2)).Flow()
            .Send("start").AssertReply("Podaj, proszę, numer PESEL.")
            .Send("123").AssertReply("Ten numer PESEL nie jest poprawny: numer PESEL ma 11 cyfr, a wpisany ma 3. Sprawdź go, proszę, i wpisz jeszcze raz.")
            .Send("456").AssertReply(activity => ((IMessageActivity)activity).Text.Should().StartWith("Ten numer PESEL nie jest poprawny"))
            .AssertReply("wynik: brak")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_further_validator_runs_only_on_numbers_the_pesel_check_accepted()
    {
        var adultsOnly = new PeselPrompt("pesel", async (context, ct) =>
        {
            if (PeselValidator.BirthDate(context.Recognized.Value) < new DateOnly(2008, 1, 1))
            {
                return true;
            }
            await context.Context.SendActivityAsync("Pożyczki udzielamy osobom pełnoletnim.", cancellationToken: ct);
            return false;
        });

        await Asking(adultsOnly, Options("PESEL?")).Flow()
            .Send("start").AssertReply("PESEL?")
            .Send("12").AssertReply(activity => ((IMessageActivity)activity).Text.Should().Contain("a wpisany ma 2").And.NotContain("pełnoletnim"))
            .Send(SyntheticPesel.For(2015, 3, 3)).AssertReply("Pożyczki udzielamy osobom pełnoletnim.")
            .Send(ValidPesel).AssertReply($"wynik: {ValidPesel}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task Loan_number_prompt_takes_a_number_or_no_loan(StorageKind storage)
    {
        var prompt = new LoanNumberPrompt("loan", new LoanNumberValidator(CaseIntakeOptions.DefaultLoanNumberPattern));

        await Asking(prompt, Options("Jaki jest numer pożyczki?"), storage.Create()).Flow()
            .Send("start").AssertReply("Jaki jest numer pożyczki?")
            .Send("abc").AssertReply(activity => ((IMessageActivity)activity).Text.Should()
                .StartWith("Nie mogę przyjąć tego numeru: ten numer nie wygląda jak numer pożyczki Vivus").And.EndWith("albo napisz „nie mam jeszcze pożyczki”."))
            .Send("nie mam jeszcze pożyczki").AssertReply("wynik: LoanNumberAnswer { Number = , HasLoan = False }")
            .StartTestAsync();

        await Asking(prompt, Options("Jaki jest numer pożyczki?"), storage.Create()).Flow()
            .Send("start").AssertReply("Jaki jest numer pożyczki?")
            .Send("nr 1234 5678").AssertReply("wynik: LoanNumberAnswer { Number = 12345678, HasLoan = True }")
            .StartTestAsync();
    }

    [Fact]
    public async Task Email_prompt_explains_a_missing_at_sign_and_returns_the_normalised_address()
    {
        await Asking(new EmailPrompt("email"), Options("Na jaki adres e-mail odpisać?")).Flow()
            .Send("start").AssertReply("Na jaki adres e-mail odpisać?")
            .Send("jan.kowalski.example.pl").AssertReply("Ten adres e-mail wygląda na błędny: brakuje znaku @. Wpisz go, proszę, jeszcze raz.")
            .Send(" Jan.Kowalski@Example.PL ").AssertReply("wynik: Jan.Kowalski@example.pl")
            .StartTestAsync();
    }

    [Fact]
    public async Task Phone_prompt_explains_a_short_number_and_returns_the_normalised_one()
    {
        await Asking(new PhonePrompt("phone"), Options("Pod jaki numer oddzwonić?")).Flow()
            .Send("start").AssertReply("Pod jaki numer oddzwonić?")
            .Send("600 100 20").AssertReply("Ten numer telefonu wygląda na błędny: numer ma za mało cyfr (polski numer ma 9 cyfr, a wpisany ma 8). Wpisz go, proszę, jeszcze raz, np. 600 100 200.")
            .Send("0048 600-100-200").AssertReply("wynik: +48 600 100 200")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithTypeNames)]
    public async Task Amount_prompt_explains_a_zero_amount_and_returns_a_decimal(StorageKind storage)
    {
        await Asking(new AmountPrompt("amount", new AmountValidator()), Options("Jaka była kwota ostatniej wpłaty?"), storage.Create()).Flow()
            .Send("start").AssertReply("Jaka była kwota ostatniej wpłaty?")
            .Send("0 zł").AssertReply("Nie mogę przyjąć tej kwoty: kwota musi być większa od zera. Wpisz ją, proszę, jeszcze raz, np. 250,50 zł.")
            .Send("1 250,50 zł").AssertReply("wynik: 1250.50")
            .StartTestAsync();
    }
}
