using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// What a prompt asks and how. Stored in the prompt's state, so keep <see cref="Validations"/> a simple value or POCO;
/// the activities are stored with only what sending them again needs, and unset options not at all (all default to null).
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class PromptOptions
{
    [JsonConverter(typeof(PromptActivityJson))]
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer fails and no validator said why; the prompt is repeated when null.</summary>
    [JsonConverter(typeof(PromptActivityJson))]
    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>Extra data for a validator, e.g. a range.</summary>
    public object? Validations { get; set; }

    public ListStyle? Style { get; set; }

    /// <summary>After this many failed answers the prompt ends with a null result; unlimited when null.</summary>
    public int? MaxAttempts { get; set; }
}
