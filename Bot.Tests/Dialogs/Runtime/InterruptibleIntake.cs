using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

/// <summary>A component asking two questions, with "pomoc" and "anuluj" caught by the interruption hook.</summary>
internal sealed class InterruptibleIntake : ComponentDialog
{
    public InterruptibleIntake()
        : base("intake")
    {
        AddDialog(new WaterfallDialog("questions",
        [
            (step, ct) => step.Ask("text", "Jak masz na imię?", ct),
            (step, ct) =>
            {
                step.Values["name"] = step.Result!;
                return step.Ask("text", "Jakie masz pytanie?", ct);
            },
            (step, ct) => step.EndDialogAsync($"{step.Values.GetValue<string>("name")}: {step.Result}", ct),
        ]));
        AddDialog(new TextPrompt("text"));
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity.Type == ActivityTypes.Message)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "pomoc":
                    await innerDc.Context.SendActivityAsync("Odpowiadaj krótko. Wróćmy do pytania:", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "anuluj":
                    await innerDc.Context.SendActivityAsync("Anulowano.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
            }
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }
}
