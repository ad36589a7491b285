using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class WaterfallDialogTests
{
    private static readonly DateTimeOffset Appointment = new(2026, 11, 25, 14, 30, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithTypeNames)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task Keeps_values_of_every_simple_type_across_turns_whatever_the_storage(StorageKind storage)
    {
        (string? Name, int Count, decimal Amount, DateTimeOffset When, bool Agreed, LoanNumberAnswer? Loan, string? Description) read = default;
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("collect",
            [
                (step, ct) =>
                {
                    step.Values["count"] = 3;
                    step.Values["amount"] = 1250.50m;
                    step.Values["when"] = Appointment;
                    step.Values["agreed"] = true;
                    step.Values["loan"] = new LoanNumberAnswer("12345678");
                    return step.Ask("text", "Jak masz na imię?", ct);
                },
                (step, ct) =>
                {
                    step.Values["name"] = (string)step.Result!;
                    return step.Ask("text", "Opisz sprawę.", ct);
                },
                async (step, ct) =>
                {
                    var v = step.Values;
                    read = (v.GetValue<string>("name"), v.GetValue<int>("count"), v.GetValue<decimal>("amount"), v.GetValue<DateTimeOffset>("when"),
                        v.GetValue<bool>("agreed"), v.GetValue<LoanNumberAnswer>("loan"), (string?)step.Result);
                    await step.Context.SendActivityAsync("zapisane", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(new TextPrompt("text"));
        var harness = new DialogHarness(root, storage.Create());

        await harness.Flow()
            .Send("cześć").AssertReply("Jak masz na imię?")
            .Send("Ala").AssertReply("Opisz sprawę.")
            .Send("nie działa logowanie").AssertReply("zapisane")
            .StartTestAsync();

        harness.LastStatus.Should().Be(DialogTurnStatus.Complete);
        read.Name.Should().Be("Ala");
        read.Count.Should().Be(3);
        read.Amount.Should().Be(1250.50m);
        read.When.Should().Be(Appointment, "the instant survives; JSON text storages may hand it back in another offset");
        read.Agreed.Should().BeTrue();
        read.Loan.Should().Be(new LoanNumberAnswer("12345678"));
        read.Description.Should().Be("nie działa logowanie");
    }

    [Fact]
    public async Task Next_runs_the_following_step_in_the_same_turn_with_the_given_result()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            (step, ct) => step.NextAsync("pominięty krok", ct),
            (step, ct) => step.Report(ct),
        ]));

        await harness.Flow()
            .Send("start").AssertReply("wynik: pominięty krok")
            .StartTestAsync();
        harness.LastStatus.Should().Be(DialogTurnStatus.Complete);
    }

    [Fact]
    public async Task Next_may_be_called_only_once_per_step()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        var act = () => harness.Flow().Send("start").StartTestAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*NextAsync was already called*");
    }

    [Fact]
    public async Task A_message_reaching_the_waterfall_itself_becomes_the_next_steps_result()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Napisz coś.", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.Report(ct),
        ]));

        await harness.Flow()
            .Send("start").AssertReply("Napisz coś.")
            .Send("coś").AssertReply("wynik: coś")
            .StartTestAsync();
    }

    [Fact]
    public async Task Ending_early_skips_the_remaining_steps_and_hands_the_result_to_the_parent()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) => step.Report(ct),
            ]))
            .AddDialog(new WaterfallDialog("child",
            [
                (step, ct) => step.EndDialogAsync("z dziecka", ct),
                (step, ct) => step.Say("ten krok nie powinien się wykonać", ct),
            ]));
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("start").AssertReply("wynik: z dziecka")
            .StartTestAsync();
    }

    [Fact]
    public async Task Replace_restarts_the_dialog_in_place_with_fresh_values_to_loop()
    {
        var loop = new WaterfallDialog("loop",
        [
            (step, ct) =>
            {
                var round = step.Options is null ? 1 : StateValues.Read<int>(step.Options) + 1;
                step.Values["round"] = round;
                step.Values.Should().NotContainKey("answer", "replacing starts with an empty values bag");
                return step.Ask("text", $"Runda {round}: pisz albo 'koniec'.", ct);
            },
            (step, ct) =>
            {
                step.Values["answer"] = step.Result!;
                return (string)step.Result! == "koniec"
                    ? step.EndDialogAsync($"rund: {step.Values.GetValue<int>("round")}", ct)
                    : step.ReplaceDialogAsync("loop", step.Values.GetValue<int>("round"), ct);
            },
        ]);
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main",
            [
                (step, ct) => step.BeginDialogAsync("loop", null, ct),
                (step, ct) => step.Report(ct),
            ]))
            .AddDialog(loop)
            .AddDialog(new TextPrompt("text"));

        await new DialogHarness(root, StorageKind.JsonWithoutTypeNames.Create()).Flow()
            .Send("start").AssertReply("Runda 1: pisz albo 'koniec'.")
            .Send("a").AssertReply("Runda 2: pisz albo 'koniec'.")
            .Send("b").AssertReply("Runda 3: pisz albo 'koniec'.")
            .Send("koniec").AssertReply("wynik: rund: 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack_so_the_next_message_starts_over()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Krok 1", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Anulowano", cancellationToken: ct);
                return await step.CancelAllDialogsAsync(ct);
            },
        ]));

        await harness.Flow()
            .Send("start").AssertReply("Krok 1")
            .Send("anuluj").AssertReply("Anulowano")
            .Send("znowu").AssertReply("Krok 1")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancelling_reports_the_cancelled_status()
    {
        var harness = new DialogHarness(new WaterfallDialog("w", [(step, ct) => step.CancelAllDialogsAsync(ct)]));

        await harness.Flow().Send("start").StartTestAsync();

        harness.LastStatus.Should().Be(DialogTurnStatus.Cancelled);
    }
}
