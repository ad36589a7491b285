using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Asks the customer to pick one of <see cref="PromptOptions.Choices"/>; the result is a <see cref="FoundChoice"/>.</summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, prompt, options.Choices ?? [], options.Style ?? ListStyle.Auto);
        return SendAsync(turnContext, activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
