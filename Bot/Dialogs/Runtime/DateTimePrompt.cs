using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Asks for a date or time; the result lists every reading the <see cref="IDateTimeRecognizer"/> found.</summary>
public class DateTimePrompt(
    string dialogId,
    IDateTimeRecognizer recognizer,
    TimeProvider timeProvider,
    PromptValidator<IList<DateTimeResolution>>? validator = null,
    string defaultLocale = "pl-PL")
    : Prompt<IList<DateTimeResolution>>(dialogId, validator)
{
    public string DefaultLocale { get; } = defaultLocale;

    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        var locale = string.IsNullOrEmpty(turnContext.Activity.Locale) ? DefaultLocale : turnContext.Activity.Locale;
        var found = string.IsNullOrWhiteSpace(text) ? [] : recognizer.Recognize(text, locale, timeProvider.GetLocalNow());
        return Task.FromResult(new PromptRecognizerResult<IList<DateTimeResolution>> { Succeeded = found.Count > 0, Value = [.. found] });
    }
}
