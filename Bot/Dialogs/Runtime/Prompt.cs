using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// Asks the customer for one value and keeps asking until the answer is recognised and valid, or until
/// <see cref="PromptOptions.MaxAttempts"/> answers failed, when it ends with a null result.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    internal const string AttemptCountKey = "attemptCount";
    private const string OptionsKey = "options";
    private const string StateKey = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"A prompt is begun with {nameof(PromptOptions)}; use {nameof(DialogContext.PromptAsync)}.", nameof(options));
        }

        var instanceState = ActiveState(dc);
        var state = new Dictionary<string, object> { [AttemptCountKey] = 0 };
        instanceState[OptionsKey] = promptOptions;
        instanceState[StateKey] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (state, options) = Load(ActiveState(dc));
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attempts = state.GetValue<int>(AttemptCountKey) + 1;
        state[AttemptCountKey] = attempts;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }
        if (options.MaxAttempts is { } maxAttempts && attempts >= maxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken);
        }
        return EndOfTurn;
    }

    /// <summary>A prompt starts no dialogs of its own; being resumed means asking again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        if (dc.ActiveDialog is { } instance)
        {
            await RepromptDialogAsync(dc.Context, instance, cancellationToken);
        }
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var (state, options) = Load(instance.State);
        return OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    /// <summary>Sends the prompt, or on a retry the retry prompt (the prompt again when there is none).</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendAsync(turnContext, isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt, cancellationToken);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken);

    protected static Task SendAsync(ITurnContext turnContext, IActivity? activity, CancellationToken cancellationToken) =>
        activity is null ? Task.CompletedTask : turnContext.SendActivityAsync(PromptActivities.Copy(activity), cancellationToken);

    private static (IDictionary<string, object> State, PromptOptions Options) Load(IDictionary<string, object> instanceState)
    {
        // Re-store both so changes (the attempt count) survive storages that hand back JSON objects.
        var state = instanceState.GetValue<Dictionary<string, object>>(StateKey) ?? new Dictionary<string, object>();
        var options = instanceState.GetValue<PromptOptions>(OptionsKey) ?? new PromptOptions();
        instanceState[StateKey] = state;
        instanceState[OptionsKey] = options;
        return (state, options);
    }

    private static IDictionary<string, object> ActiveState(DialogContext dc) =>
        (dc.ActiveDialog ?? throw new InvalidOperationException("The prompt's instance is not on the stack.")).State;
}
