namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// Decides whether a recognised answer is acceptable. A validator may send its own message explaining why not;
/// the prompt then skips its generic retry prompt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
