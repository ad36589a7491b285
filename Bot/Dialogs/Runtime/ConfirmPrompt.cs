using Microsoft.Bot.Builder;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Asks a yes/no question, understood in Polish and English; shows "Tak"/"Nie" (or "Yes"/"No" for English locales).</summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string defaultLocale = "pl-PL") : Prompt<bool>(dialogId, validator)
{
    // No "chcę": in "nie chcę" it would count as a yes next to the no.
    private static readonly HashSet<string> YesWords =
        ["tak", "jasne", "ok", "okej", "okay", "oczywiscie", "pewnie", "zgoda", "dobrze", "poprosze", "potwierdzam", "yes", "yeah", "yep", "sure", "y", "t"];

    private static readonly HashSet<string> NoWords =
        ["nie", "niet", "nope", "no", "nah", "n", "not"];

    public string DefaultLocale { get; } = defaultLocale;

    /// <summary>true for yes, false for no, null when the message says neither or both.</summary>
    public static bool? Recognize(string? text)
    {
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Polish "no" opens a sentence like "well": "no tak" is a yes, "no nie" a no.
        if (words.Count > 1 && words[0] == "no")
        {
            words.RemoveAt(0);
        }

        var yes = words.Any(YesWords.Contains);
        var no = words.Any(NoWords.Contains);
        return yes == no ? null : yes;
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, prompt, Choices(turnContext), options.Style ?? ListStyle.Auto);
        return SendAsync(turnContext, activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        // Besides yes/no words, the number of a listed choice: 1 is yes, 2 is no.
        var answer = Recognize(text) ?? (ChoiceRecognizer.Recognize(text, Choices(turnContext)) is { } found ? found.Index == 0 : null);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer is not null, Value = answer ?? false });
    }

    private Choice[] Choices(ITurnContext turnContext)
    {
        var locale = string.IsNullOrEmpty(turnContext.Activity.Locale) ? DefaultLocale : turnContext.Activity.Locale;
        return locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? [new Choice("Yes"), new Choice("No")]
            : [new Choice("Tak"), new Choice("Nie")];
    }
}
