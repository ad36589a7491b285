using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Prompts;

/// <summary>
/// A prompt backed by one of the plain validators: a rejected answer gets the validator's specific reason,
/// e.g. "Ten numer PESEL nie jest poprawny: cyfra kontrolna się nie zgadza. …", instead of a generic retry.
/// </summary>
public abstract class ValidatedPrompt<T> : Prompt<T>
{
    private readonly Func<string?, ValidationOutcome<T>> _check;

    /// <param name="check">The plain validator.</param>
    /// <param name="rejection">Turns a reason into the message sent, e.g. "Ten numer PESEL nie jest poprawny: {0}. Sprawdź go, proszę, i wpisz jeszcze raz.".</param>
    /// <param name="validator">Optional further check, run on answers the plain validator accepted.</param>
    protected ValidatedPrompt(string dialogId, Func<string?, ValidationOutcome<T>> check, CompositeFormat rejection, PromptValidator<T>? validator)
        : base(dialogId, ExplainingValidator(check, rejection, validator))
    {
        _check = check;
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        var outcome = _check(turnContext.Activity.Text);
        return Task.FromResult(new PromptRecognizerResult<T> { Succeeded = outcome.IsValid, Value = outcome.Value });
    }

    private static PromptValidator<T> ExplainingValidator(Func<string?, ValidationOutcome<T>> check, CompositeFormat rejection, PromptValidator<T>? further) =>
        async (promptContext, cancellationToken) =>
        {
            if (!promptContext.Recognized.Succeeded)
            {
                var reason = check(promptContext.Context.Activity.Text).Reason;
                var message = string.Format(CultureInfo.GetCultureInfo("pl-PL"), rejection, reason);
                await promptContext.Context.SendActivityAsync(MessageFactory.Text(message, inputHint: InputHints.ExpectingInput), cancellationToken);
                return false;
            }
            return further is null || await further(promptContext, cancellationToken);
        };
}
