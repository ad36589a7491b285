using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
{
    public ITurnContext Context { get; } = turnContext;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    /// <summary>The prompt's own state, persisted across its attempts.</summary>
    public IDictionary<string, object> State { get; } = state;

    public PromptOptions Options { get; } = options;

    /// <summary>How many answers the customer has given to this prompt, this one included.</summary>
    public int AttemptCount => State.GetValue<int>(Prompt<T>.AttemptCountKey);
}
