using System.Text;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Prompts;

/// <summary>Asks for an e-mail address; the result is trimmed, with the domain in lower case.</summary>
public sealed class EmailPrompt(string dialogId, PromptValidator<string>? validator = null)
    : ValidatedPrompt<string>(dialogId, EmailValidator.Validate, Rejection, validator)
{
    private static readonly CompositeFormat Rejection = CompositeFormat.Parse(
        "Ten adres e-mail wygląda na błędny: {0}. Wpisz go, proszę, jeszcze raz.");
}
