using Microsoft.Bot.Builder;
using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs;

/// <summary>Short ways to write waterfall steps in tests.</summary>
internal static class Steps
{
    public static Task<DialogTurnResult> Ask(this WaterfallStepContext step, string promptId, string text, CancellationToken cancellationToken, int? maxAttempts = null, string? retry = null) =>
        step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(text),
            RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
            MaxAttempts = maxAttempts,
        }, cancellationToken);

    public static async Task<DialogTurnResult> Say(this WaterfallStepContext step, string text, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        return await step.NextAsync(step.Result, cancellationToken);
    }

    /// <summary>Sends the previous result as text and ends the waterfall with it.</summary>
    public static async Task<DialogTurnResult> Report(this WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync($"wynik: {Describe(step.Result)}", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }

    public static string Describe(object? value) => value switch
    {
        null => "brak",
        decimal amount => amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FoundChoice choice => $"{choice.Index}:{choice.Value}",
        _ => value.ToString() ?? "",
    };
}
