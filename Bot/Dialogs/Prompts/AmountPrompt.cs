using System.Text;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Prompts;

/// <summary>Asks for an amount in złoty; the result is a decimal.</summary>
public sealed class AmountPrompt(string dialogId, AmountValidator amounts, PromptValidator<decimal>? validator = null)
    : ValidatedPrompt<decimal>(dialogId, amounts.Validate, Rejection, validator)
{
    private static readonly CompositeFormat Rejection = CompositeFormat.Parse(
        "Nie mogę przyjąć tej kwoty: {0}. Wpisz ją, proszę, jeszcze raz, np. 250,50 zł.");
}
