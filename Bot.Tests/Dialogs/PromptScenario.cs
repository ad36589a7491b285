using Microsoft.Bot.Builder;
using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs;

/// <summary>A root waterfall that asks one prompt and then reports its result as "wynik: …".</summary>
internal static class PromptScenario
{
    public static DialogHarness Asking(Dialog prompt, PromptOptions options, IStorage? storage = null) =>
        new(new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                (step, ct) => step.Report(ct),
            ]))
            .AddDialog(prompt), storage);

    public static PromptOptions Options(string prompt, string? retry = null, int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
        MaxAttempts = maxAttempts,
    };
}
