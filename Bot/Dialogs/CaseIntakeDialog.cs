using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Answers;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs.Prompts;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Validation;
using Vivus.Advisor.Knowledge.Hours;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Dialogs;

/// <summary>What the intake starts from: the topic, when the customer's words already named it.</summary>
public sealed class IntakeStart
{
    public CaseTopic? Topic { get; set; }
}

/// <summary>
/// Collects a case step by step, as a first-line agent would: topic, urgency, PESEL, loan number, the account's
/// e-mail and phone, topic details and a description; then a summary to confirm, correct or cancel.
/// Ends with the confirmed <see cref="CaseFile"/>, or null when the customer cancelled.
/// </summary>
public sealed partial class CaseIntakeDialog : ComponentDialog
{
    public const int MinDescriptionLength = 15;
    public const int MaxDescriptionLength = 2000;

    private const string Steps = "intake-steps";
    private const string DetailSteps = "intake-details";
    private const string SummarySteps = "intake-summary";
    private const string TopicPrompt = "topic";
    private const string UrgencyPrompt = "urgency";
    private const string PeselPromptId = "pesel";
    private const string LoanPrompt = "loan";
    private const string EmailPromptId = "email";
    private const string PhonePromptId = "phone";
    private const string DetailTextPrompt = "detail-text";
    private const string DatePrompt = "detail-date";
    private const string AmountPromptId = "detail-amount";
    private const string DescriptionPrompt = "description";
    private const string SummaryPrompt = "summary-choice";
    private const string FieldPrompt = "field-choice";
    private const string CaseKey = "case";
    private const string FieldKey = "field";
    private const string PhoneQuestionText = "A jaki numer telefonu jest przypisany do konta (np. 600 100 200)?";

    private static readonly string[] SummaryChoices = ["Potwierdzam", "Zmień dane", "Anuluj zgłoszenie"];
    private static readonly string[] Fields = ["Temat", "Pilność", "PESEL", "Numer pożyczki", "E-mail", "Telefon", "Szczegóły", "Opis"];

    private readonly QuestionAnswerer _questions;
    private readonly HotlineClock _clock;

    public CaseIntakeDialog(
        LoanNumberValidator loanNumbers,
        AmountValidator amounts,
        PastDateRecognizer dates,
        QuestionAnswerer questions,
        HotlineClock clock,
        TimeProvider time,
        PublishedTexts published)
        : base(nameof(CaseIntakeDialog))
    {
        _questions = questions;
        _clock = clock;
        // Its example number is no one's: a reloaded conversation keeps showing it.
        published.Publish(PhoneQuestionText);
        AddDialog(new WaterfallDialog(Steps,
            [AskTopicAsync, AskUrgencyAsync, AskPeselAsync, AskLoanNumberAsync, AskEmailAsync, AskPhoneAsync, AskDetailsAsync, AskDescriptionAsync, SummarizeAsync, FinishAsync]));
        AddDialog(new WaterfallDialog(DetailSteps, [AskDetailAsync, KeepDetailAsync]));
        AddDialog(new WaterfallDialog(SummarySteps, [ShowSummaryAsync, ActOnSummaryAsync, AskFieldAsync, ApplyFieldAsync, RepeatSummaryAsync]));
        AddDialog(new ChoicePrompt(TopicPrompt));
        AddDialog(new ConfirmPrompt(UrgencyPrompt));
        AddDialog(new PeselPrompt(PeselPromptId));
        AddDialog(new LoanNumberPrompt(LoanPrompt, loanNumbers));
        AddDialog(new EmailPrompt(EmailPromptId));
        AddDialog(new PhonePrompt(PhonePromptId));
        AddDialog(new TextPrompt(DetailTextPrompt));
        AddDialog(new DateTimePrompt(DatePrompt, dates, time, NotInTheFutureAsync));
        AddDialog(new AmountPrompt(AmountPromptId, amounts));
        AddDialog(new TextPrompt(DescriptionPrompt, LongEnoughAsync));
        AddDialog(new ChoicePrompt(SummaryPrompt));
        AddDialog(new ChoicePrompt(FieldPrompt));
        InitialDialogId = Steps;
    }

    /// <summary>Skipping the PESEL, and questions asked while a structured answer is awaited.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.Text?.Trim() ?? "";
        var waitingFor = innerDc.ActiveDialog?.Id;
        if (waitingFor == PeselPromptId && SkipWords().IsMatch(TextFolding.Fold(text)))
        {
            return await innerDc.EndDialogAsync(null, cancellationToken);
        }
        if (waitingFor is not (DetailTextPrompt or DescriptionPrompt) && LooksLikeQuestion(text) && _questions.Answer(text) is { Confident: true } reply)
        {
            await innerDc.Context.SendActivityAsync(reply.Message, cancellationToken);
            await innerDc.Context.SendActivityAsync(MessageFactory.Text("Wróćmy do Twojej sprawy."), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTopicAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(
            "Przygotuję Twoją sprawę dla konsultanta: zapytam o to, o co zapytałby on sam. " +
            "W każdej chwili możesz napisać „anuluj”, a „pomoc” wyjaśni, co robię."), cancellationToken);
        var caseFile = new CaseFile();
        if (StateValues.Read<IntakeStart>(step.Options)?.Topic is { } topic)
        {
            caseFile.Topic = topic;
            Save(step, caseFile);
            await step.Context.SendActivityAsync(MessageFactory.Text($"Temat sprawy: {topic.Label()}."), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }
        Save(step, caseFile);
        return await step.PromptAsync(TopicPrompt, TopicQuestion(), cancellationToken);
    }

    private async Task<DialogTurnResult> AskUrgencyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice choice)
        {
            Update(step, c => c.Topic = CaseTopics.All[choice.Index]);
        }
        return await step.PromptAsync(UrgencyPrompt, Ask(
            "Czy sprawa jest pilna — np. termin spłaty mija w ciągu kilku dni albo nie możesz się teraz zalogować?"), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskPeselAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, c => c.Urgent = step.Result is true);
        return await step.PromptAsync(PeselPromptId, PeselQuestion(), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskLoanNumberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var pesel = step.Result as string;
        Update(step, c => c.Pesel = pesel);
        await step.Context.SendActivityAsync(MessageFactory.Text(pesel is null
            ? "Dobrze, przejdźmy dalej bez numeru PESEL — konsultant poprosi o niego przy kontakcie."
            : $"Dziękuję, zapisałem PESEL {PeselValidator.Mask(pesel)}."), cancellationToken);
        return await step.PromptAsync(LoanPrompt, LoanQuestion(), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskEmailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, c => SetLoan(c, step.Result));
        return await step.PromptAsync(EmailPromptId, EmailQuestion(), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, c => c.Email = (string)step.Result!);
        return await step.PromptAsync(PhonePromptId, PhoneQuestion(), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDetailsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Update(step, c => c.Phone = (string)step.Result!);
        return await step.BeginDialogAsync(DetailSteps, CaseOf(step), cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, StateValues.Read<CaseFile>(step.Result)!);
        return await step.PromptAsync(DescriptionPrompt, DescriptionQuestion(), cancellationToken);
    }

    private static async Task<DialogTurnResult> SummarizeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var description = KeepDescription(step, (string)step.Result!);
        await NoticeIfCutAsync(step, description, cancellationToken);
        return await step.BeginDialogAsync(SummarySteps, CaseOf(step), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(StateValues.Read<CaseFile>(step.Result), cancellationToken);

    // The details loop: one topic-specific question per pass, the case and the question's index in Values.
    private static async Task<DialogTurnResult> AskDetailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var caseFile = step.Values.GetValue<CaseFile>(CaseKey) ?? StateValues.Read<CaseFile>(step.Options)!;
        Save(step, caseFile);
        var questions = CaseDetailQuestions.For(caseFile.Topic);
        if (caseFile.Details.Count >= questions.Count)
        {
            return await step.EndDialogAsync(caseFile, cancellationToken);
        }
        var question = questions[caseFile.Details.Count];
        var promptId = question.Kind switch
        {
            DetailKind.PastDate => DatePrompt,
            DetailKind.Amount => AmountPromptId,
            _ => DetailTextPrompt,
        };
        var options = Ask(question.Prompt);
        if (question.Kind == DetailKind.PastDate)
        {
            options.RetryPrompt = Text("Nie rozpoznałem daty. Napisz, proszę, np. „wczoraj około 21”, „15 listopada” albo „10.11.2026”.");
            options.MaxAttempts = 2;
        }
        return await step.PromptAsync(promptId, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> KeepDetailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var caseFile = CaseOf(step);
        var question = CaseDetailQuestions.For(caseFile.Topic)[caseFile.Details.Count];
        caseFile.Details.Add(new CaseDetail { Label = question.Label, Value = DetailValue(step.Result) });
        return await step.ReplaceDialogAsync(DetailSteps, caseFile, cancellationToken);
    }

    private static async Task<DialogTurnResult> ShowSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var caseFile = StateValues.Read<CaseFile>(step.Options)!;
        Save(step, caseFile);
        var summary = MessageFactory.Text(CaseSummary.Markdown(caseFile));
        summary.TextFormat = TextFormatTypes.Markdown;
        await step.Context.SendActivityAsync(summary, cancellationToken);
        return await step.PromptAsync(SummaryPrompt, Choices("Czy wszystko się zgadza?", SummaryChoices), cancellationToken);
    }

    private static async Task<DialogTurnResult> ActOnSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var choice = (FoundChoice)step.Result!;
        return choice.Index switch
        {
            0 => await step.EndDialogAsync(CaseOf(step), cancellationToken),
            1 => await step.PromptAsync(FieldPrompt, Choices("Co chcesz zmienić?", Fields), cancellationToken),
            _ => await step.EndDialogAsync(null, cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> AskFieldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var field = ((FoundChoice)step.Result!).Value;
        step.Values[FieldKey] = field;
        return field switch
        {
            "Temat" => await step.PromptAsync(TopicPrompt, TopicQuestion(), cancellationToken),
            "Pilność" => await step.PromptAsync(UrgencyPrompt, Ask("Czy sprawa jest pilna?"), cancellationToken),
            "PESEL" => await step.PromptAsync(PeselPromptId, PeselQuestion(), cancellationToken),
            "Numer pożyczki" => await step.PromptAsync(LoanPrompt, LoanQuestion(), cancellationToken),
            "E-mail" => await step.PromptAsync(EmailPromptId, EmailQuestion(), cancellationToken),
            "Telefon" => await step.PromptAsync(PhonePromptId, PhoneQuestion(), cancellationToken),
            "Opis" => await step.PromptAsync(DescriptionPrompt, DescriptionQuestion(), cancellationToken),
            _ => await RestartDetailsAsync(step, cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> ApplyFieldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var field = step.Values.GetValue<string>(FieldKey);
        var caseFile = CaseOf(step);
        switch (field)
        {
            case "Temat" when step.Result is FoundChoice topic:
                caseFile.Topic = CaseTopics.All[topic.Index];
                Save(step, caseFile);
                return await RestartDetailsAsync(step, cancellationToken);
            case "Pilność":
                caseFile.Urgent = step.Result is true;
                break;
            case "PESEL":
                caseFile.Pesel = step.Result as string;
                break;
            case "Numer pożyczki":
                SetLoan(caseFile, step.Result);
                break;
            case "E-mail":
                caseFile.Email = (string)step.Result!;
                break;
            case "Telefon":
                caseFile.Phone = (string)step.Result!;
                break;
            case "Opis":
                KeepDescription(step, (string)step.Result!);
                await NoticeIfCutAsync(step, (string)step.Result!, cancellationToken);
                return await step.NextAsync(CaseOf(step), cancellationToken);
            default:
                return await step.NextAsync(step.Result, cancellationToken);
        }
        Save(step, caseFile);
        return await step.NextAsync(caseFile, cancellationToken);
    }

    private static Task<DialogTurnResult> RepeatSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(SummarySteps, StateValues.Read<CaseFile>(step.Result) ?? CaseOf(step), cancellationToken);

    private static Task<DialogTurnResult> RestartDetailsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var caseFile = CaseOf(step);
        caseFile.Details.Clear();
        Save(step, caseFile);
        return step.BeginDialogAsync(DetailSteps, caseFile, cancellationToken);
    }

    private Task<bool> NotInTheFutureAsync(PromptValidatorContext<IList<DateTimeResolution>> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            return Task.FromResult(false);
        }
        var today = DateOnly.FromDateTime(_clock.LocalNow.DateTime);
        return Task.FromResult(ReadDate(prompt.Recognized.Value![0]).Date <= today);
    }

    private static async Task<bool> LongEnoughAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Value is { Length: >= MinDescriptionLength })
        {
            return true;
        }
        await prompt.Context.SendActivityAsync(Text(
            "To trochę za mało, by konsultant zrozumiał sprawę. Opisz ją, proszę, w co najmniej kilku słowach: co się stało i czego oczekujesz."), cancellationToken);
        return false;
    }

    private static string KeepDescription(WaterfallStepContext step, string description)
    {
        Update(step, c => c.Description = description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength] : description);
        return description;
    }

    private static async Task NoticeIfCutAsync(WaterfallStepContext step, string description, CancellationToken cancellationToken)
    {
        if (description.Length > MaxDescriptionLength)
        {
            await step.Context.SendActivityAsync(Text(
                $"Opis był dłuższy niż {MaxDescriptionLength} znaków, więc zachowałem jego pierwsze {MaxDescriptionLength} znaków."), cancellationToken);
        }
    }

    private static void SetLoan(CaseFile caseFile, object? result)
    {
        caseFile.LoanNumber = StateValues.Read<LoanNumberAnswer>(result)?.Number;
    }

    private static string DetailValue(object? result) => result switch
    {
        null => "nie określono",
        decimal amount => amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("pl-PL")) + " zł",
        string text => text,
        _ when StateValues.Read<List<DateTimeResolution>>(result) is [var first, ..] => FormatDate(first),
        _ => "nie określono",
    };

    private static string FormatDate(DateTimeResolution resolution)
    {
        var (date, time) = ReadDate(resolution);
        var part = resolution.Timex?.Split('T') is [_, var p] && p.Length == 2 && char.IsLetter(p[0]) ? PartOfDay(p) : null;
        return PolishDateWords.FullDate(date) + (time is { } t ? $", ok. {PolishDateWords.Time(t)}" : part is null ? "" : $", {part}");
    }

    private static (DateOnly Date, TimeOnly? Time) ReadDate(DateTimeResolution resolution)
    {
        var value = resolution.Value ?? "";
        var date = DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        TimeOnly? time = value.Length > 11 ? TimeOnly.ParseExact(value[11..], "HH:mm", CultureInfo.InvariantCulture) : null;
        return (date, time);
    }

    private static string PartOfDay(string code) => code switch
    {
        "MO" => "rano",
        "AF" => "po południu",
        "EV" => "wieczorem",
        _ => "w nocy",
    };

    private static bool LooksLikeQuestion(string text) =>
        text.Contains('?') || QuestionStart().IsMatch(TextFolding.Fold(text));

    private static CaseFile CaseOf(WaterfallStepContext step) => step.Values.GetValue<CaseFile>(CaseKey)!;

    // Values from storage may come back as fresh copies, so every change is stored again.
    private static void Save(WaterfallStepContext step, CaseFile caseFile) => step.Values[CaseKey] = caseFile;

    private static void Update(WaterfallStepContext step, Action<CaseFile> change)
    {
        var caseFile = CaseOf(step);
        change(caseFile);
        Save(step, caseFile);
    }

    private static PromptOptions TopicQuestion() =>
        Choices("Czego dotyczy Twoja sprawa?", CaseTopics.All.Select(t => t.Label()).ToArray());

    private static PromptOptions PeselQuestion()
    {
        var options = Ask("Podaj, proszę, swój numer PESEL (11 cyfr). Później pokażę go już tylko zamaskowany. Jeśli wolisz go nie podawać, napisz „pomiń”.");
        options.MaxAttempts = 3;
        return options;
    }

    private static PromptOptions LoanQuestion() => Ask(
        "Jaki jest numer Twojej pożyczki lub umowy? Znajdziesz go w umowie i w panelu klienta. Jeśli nie masz jeszcze pożyczki, napisz „nie mam pożyczki”.");

    private static PromptOptions EmailQuestion() => Ask("Jaki adres e-mail jest przypisany do Twojego konta w Vivus?");

    private static PromptOptions PhoneQuestion() => Ask(PhoneQuestionText);

    private static PromptOptions DescriptionQuestion() => Ask(
        $"Na koniec opisz, proszę, sprawę własnymi słowami: co się stało i czego oczekujesz (do {MaxDescriptionLength} znaków).");

    private static PromptOptions Ask(string text) => new() { Prompt = Text(text) };

    private static PromptOptions Choices(string text, IEnumerable<string> choices) =>
        new() { Prompt = Text(text), Choices = choices.Select(c => new Choice(c)).ToList() };

    private static Activity Text(string text) => (Activity)MessageFactory.Text(text);

    [GeneratedRegex(@"^(pomin|pominmy|skip|nie chce podawac|nie podam|bez peselu?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SkipWords();

    [GeneratedRegex(@"^(a )?(jaki|jaka|jakie|jak|kiedy|gdzie|czy|ile|do ktorej|od ktorej|o ktorej|what|when|where|how|is|are|can|do|does)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();
}
