using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>What a prompt asks and how. Stored in the prompt's state, so keep <see cref="Validations"/> a simple value or POCO.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer fails and no validator said why; the prompt is repeated when null.</summary>
    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>Extra data for a validator, e.g. a range.</summary>
    public object? Validations { get; set; }

    public ListStyle? Style { get; set; }

    /// <summary>After this many failed answers the prompt ends with a null result; unlimited when null.</summary>
    public int? MaxAttempts { get; set; }
}
