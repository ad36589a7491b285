using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.Answers;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Dialogs;

/// <summary>
/// Where every message starts: global commands, then the case intake when a person is needed, otherwise an answer
/// from the hours engine or the FAQ. A confirmed case is handed off and followed by a one-tap satisfaction question.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string CaseFlow = "case-flow";
    private const string SurveyPrompt = "survey";
    private const string TopicKey = "topic";
    private const string Cancelled = "Anulowałem zgłoszenie i usunąłem podane dane. W czym jeszcze mogę pomóc?";
    private static readonly string[] SurveyChoices = ["Tak, pomogła", "Nie bardzo"];

    private readonly QuestionAnswerer _questions;
    private readonly FaqAnswerer _faq;
    private readonly WelcomeMessage _welcome;
    private readonly HandoffReplies _handoffReplies;
    private readonly RedactedTranscript _transcript;
    private readonly HotlineClock _clock;
    private readonly EmailReplyEstimator _emailReplies;
    private readonly IOptionsMonitor<HandoffOptions> _handoff;
    private readonly ILogger<MainDialog> _logger;

    public MainDialog(
        CaseIntakeDialog intake,
        QuestionAnswerer questions,
        FaqAnswerer faq,
        WelcomeMessage welcome,
        HandoffReplies handoffReplies,
        RedactedTranscript transcript,
        HotlineClock clock,
        EmailReplyEstimator emailReplies,
        IOptionsMonitor<HandoffOptions> handoff,
        ILogger<MainDialog> logger)
        : base(nameof(MainDialog))
    {
        _questions = questions;
        _faq = faq;
        _welcome = welcome;
        _handoffReplies = handoffReplies;
        _transcript = transcript;
        _clock = clock;
        _emailReplies = emailReplies;
        _handoff = handoff;
        _logger = logger;
        AddDialog(new WaterfallDialog(CaseFlow, [StartIntakeAsync, HandOffAsync, ThankAsync]));
        AddDialog(intake);
        AddDialog(new ChoicePrompt(SurveyPrompt));
        InitialDialogId = CaseFlow;
    }

    /// <summary>
    /// The turn of a message: a case under way continues; otherwise a command or a question is answered there and then,
    /// without the dialog machinery, which only starts for a case.
    /// </summary>
    public async Task RespondAsync(ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken)
    {
        // Most turns are questions outside any case: putting this dialog on the stack only to take it off again was an
        // eighth of what they allocated.
        if (await dialogState.GetAsync(turnContext, cancellationToken: cancellationToken) is not { DialogStack.Count: > 0 }
            && await AnswerUnlessCaseRequestAsync(turnContext, cancellationToken))
        {
            return;
        }
        await this.RunAsync(turnContext, dialogState, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (await AnswerUnlessCaseRequestAsync(turn, cancellationToken))
        {
            return Done;
        }
        await _transcript.BeginAsync(turn, cancellationToken);
        return await innerDc.BeginDialogAsync(CaseFlow, new IntakeStart { Topic = CaseRequestRecognizer.Topic(Text(turn)) }, cancellationToken);
    }

    /// <summary>With no case open: answers a command or a question (true), or leaves a request for a consultant to start the case (false).</summary>
    private async Task<bool> AnswerUnlessCaseRequestAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = Text(turn);
        switch (GlobalCommands.Recognize(text))
        {
            case GlobalCommand.Help:
                await SendHelpAsync(turn, text, cancellationToken);
                return true;
            case GlobalCommand.Cancel:
                await turn.SendActivityAsync(MessageFactory.Text("Nie mamy teraz otwartej sprawy do anulowania. W czym mogę pomóc?"), cancellationToken);
                return true;
            case GlobalCommand.StartOver:
                await turn.SendActivityAsync(_welcome.Create(), cancellationToken);
                return true;
        }
        if (CaseRequestRecognizer.WantsHuman(text) && !_faq.IsEntryQuestion(text))
        {
            return false;
        }
        await turn.SendActivityAsync(_questions.Answer(text).Message, cancellationToken);
        return true;
    }

    private static string Text(ITurnContext turn) => turn.Activity.Text?.Trim() ?? "";

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var text = Text(turn);
        switch (GlobalCommands.Recognize(text))
        {
            case GlobalCommand.Help:
                await SendHelpAsync(turn, text, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case GlobalCommand.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _transcript.ClearAsync(turn, cancellationToken);
                await turn.SendActivityAsync(MessageFactory.Text(Cancelled), cancellationToken);
                return Done;
            case GlobalCommand.StartOver:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await _transcript.ClearAsync(turn, cancellationToken);
                await turn.SendActivityAsync(_welcome.Create(), cancellationToken);
                return Done;
        }
        return await innerDc.ContinueDialogAsync(cancellationToken);
    }

    private static Task<DialogTurnResult> StartIntakeAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(CaseIntakeDialog), step.Options, cancellationToken);

    private async Task<DialogTurnResult> HandOffAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (StateValues.Read<CaseFile>(step.Result) is not { } caseFile)
        {
            await _transcript.ClearAsync(step.Context, cancellationToken);
            await step.Context.SendActivityAsync(MessageFactory.Text(Cancelled), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var hotline = _clock.Now();
        var channel = HandoffPlanner.Choose(caseFile, hotline);
        await step.Context.SendActivitiesAsync(
            [.. _handoffReplies.Build(caseFile, channel, hotline, _emailReplies.LatestReply(_clock.LocalNow))], cancellationToken);

        var context = HandoffContext.From(caseFile, channel, hotline, _handoff.CurrentValue.LiveAgentEnabled);
        var transcript = await _transcript.ReadAsync(step.Context, cancellationToken);
        await step.Context.SendActivityAsync(HandoffEvent.Create(step.Context, context, transcript, _clock.LocalNow.ToUniversalTime()), cancellationToken);
        await _transcript.ClearAsync(step.Context, cancellationToken);
        _logger.LogInformation("Handed off a {Topic} case, recommended channel {Channel}", caseFile.Topic, channel);

        // Only the topic stays, for the satisfaction log: the case itself ends with this step.
        step.Values[TopicKey] = caseFile.Topic.ToString();
        return await step.PromptAsync(SurveyPrompt, new PromptOptions
        {
            Prompt = (Microsoft.Bot.Schema.Activity)MessageFactory.Text("Czy ta rozmowa była dla Ciebie pomocna?"),
            Choices = SurveyChoices.Select(c => new Choice(c)).ToList(),
            MaxAttempts = 1,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ThankAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice choice)
        {
            _logger.LogInformation("Satisfaction after handoff of a {Topic} case: {Helpful}", step.Values.GetValue<string>(TopicKey), choice.Index == 0);
            await step.Context.SendActivityAsync(MessageFactory.Text(choice.Index == 0
                ? "Dziękuję! Powodzenia w załatwieniu sprawy."
                : "Dziękuję za szczerość — to pomoże nam ulepszyć doradcę."), cancellationToken);
        }
        else
        {
            // Not an answer to the survey but a new question: answer it rather than drop it.
            await step.Context.SendActivityAsync(_questions.Answer(step.Context.Activity.Text ?? "").Message, cancellationToken);
        }
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task SendHelpAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(MessageFactory.Text(
            FaqLanguageDetector.Detect(text) == FaqLanguage.En || text.Equals("help", StringComparison.OrdinalIgnoreCase)
                ? GlobalCommands.HelpEnglish
                : GlobalCommands.HelpPolish), cancellationToken);

    private static DialogTurnResult Done => new(DialogTurnStatus.Complete);
}
