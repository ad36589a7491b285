using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Asks for free text; any non-blank message is recognised (trimmed).</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = !string.IsNullOrEmpty(text), Value = text });
    }
}
