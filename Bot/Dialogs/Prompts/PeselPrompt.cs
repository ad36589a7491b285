using System.Text;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Prompts;

/// <summary>Asks for a PESEL; the result is its 11 digits. Never repeats the number back.</summary>
public sealed class PeselPrompt(string dialogId, PromptValidator<string>? validator = null)
    : ValidatedPrompt<string>(dialogId, PeselValidator.Validate, Rejection, validator)
{
    private static readonly CompositeFormat Rejection = CompositeFormat.Parse(
        "Ten numer PESEL nie jest poprawny: {0}. Sprawdź go, proszę, i wpisz jeszcze raz.");
}
