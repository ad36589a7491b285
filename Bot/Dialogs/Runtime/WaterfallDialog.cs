namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>A dialog that runs its steps in order, one or more per turn, keeping values across turns.</summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = ActiveState(dc);
        state[ValuesKey] = new Dictionary<string, object>();
        if (options is not null)
        {
            state[OptionsKey] = options;
        }
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message that reaches the waterfall itself (no prompt waiting) becomes the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = ActiveState(dc).GetValue<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        // Re-store the bag so a JSON object handed back by storage becomes a dictionary the step can change.
        var values = state.GetValue<Dictionary<string, object>>(ValuesKey) ?? [];
        state[ValuesKey] = values;
        var stepContext = new WaterfallStepContext(this, dc, index, reason, state.TryGetValue(OptionsKey, out var options) ? options : null, result, values);
        return await _steps[index](stepContext, cancellationToken);
    }

    private static IDictionary<string, object> ActiveState(DialogContext dc) =>
        (dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall's instance is not on the stack.")).State;
}
