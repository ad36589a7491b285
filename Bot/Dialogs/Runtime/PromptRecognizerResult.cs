namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>What a prompt recognised in the customer's message.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
