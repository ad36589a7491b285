using System.Text;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Prompts;

/// <summary>Asks for a Polish phone number; the result reads like +48 600 100 200.</summary>
public sealed class PhonePrompt(string dialogId, PromptValidator<string>? validator = null)
    : ValidatedPrompt<string>(dialogId, PhoneValidator.Validate, Rejection, validator)
{
    private static readonly CompositeFormat Rejection = CompositeFormat.Parse(
        "Ten numer telefonu wygląda na błędny: {0}. Wpisz go, proszę, jeszcze raz, np. 600 100 200.");
}
