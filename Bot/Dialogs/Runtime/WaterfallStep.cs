namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>One step of a <see cref="WaterfallDialog"/>; return <see cref="Dialog.EndOfTurn"/> (e.g. via a prompt) to wait for the user.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
