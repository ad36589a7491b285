namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>An answer a <see cref="ChoicePrompt"/> offers, with other words the customer may use for it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    public string Value { get; set; } = "";

    public List<string> Synonyms { get; set; } = [];
}
