using System.Text;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Prompts;

/// <summary>Asks for a loan number; the result is the number, or <see cref="LoanNumberAnswer.NoLoan"/> for a customer without a loan yet.</summary>
public sealed class LoanNumberPrompt(string dialogId, LoanNumberValidator loanNumbers, PromptValidator<LoanNumberAnswer>? validator = null)
    : ValidatedPrompt<LoanNumberAnswer>(dialogId, loanNumbers.Validate, Rejection, validator)
{
    private static readonly CompositeFormat Rejection = CompositeFormat.Parse(
        "Nie mogę przyjąć tego numeru: {0}. Wpisz go, proszę, jeszcze raz albo napisz „nie mam jeszcze pożyczki”.");
}
