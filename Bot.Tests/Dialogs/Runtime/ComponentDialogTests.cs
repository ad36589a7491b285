using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class ComponentDialogTests
{
    private static ComponentDialog RootWithIntake() =>
        new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("main",
            [
                (step, ct) => step.BeginDialogAsync("intake", null, ct),
                (step, ct) => step.Report(ct),
            ]))
            .AddDialog(new InterruptibleIntake());

    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithTypeNames)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task Runs_its_inner_dialogs_and_hands_their_result_to_the_parent(StorageKind storage)
    {
        await new DialogHarness(RootWithIntake(), storage.Create()).Flow()
            .Send("dzień dobry").AssertReply("Jak masz na imię?")
            .Send("Ala").AssertReply("Jakie masz pytanie?")
            .Send("Jak spłacić pożyczkę?").AssertReply("wynik: Ala: Jak spłacić pożyczkę?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Keeps_its_inner_stack_in_its_own_instance_state()
    {
        var harness = new DialogHarness(new InterruptibleIntake());
        DialogState? seen = null;
        var adapter = new TestAdapter(Channels.Test);

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await harness.TurnAsync(turn, ct);
                seen = await harness.Accessor.GetAsync(turn, () => new DialogState(), ct);
            })
            .Send("start").AssertReply("Jak masz na imię?")
            .StartTestAsync();

        var outer = seen!.DialogStack.Should().ContainSingle().Subject;
        outer.Id.Should().Be("intake");
        var inner = outer.State.GetValue<DialogState>("dialogs")!;
        inner.DialogStack.Select(i => i.Id).Should().Equal("text", "questions");
    }

    [Fact]
    public async Task Help_is_answered_by_the_hook_and_the_pending_question_is_asked_again()
    {
        await new DialogHarness(RootWithIntake()).Flow()
            .Send("start").AssertReply("Jak masz na imię?")
            .Send("Ala").AssertReply("Jakie masz pytanie?")
            .Send("pomoc").AssertReply("Odpowiadaj krótko. Wróćmy do pytania:").AssertReply("Jakie masz pytanie?")
            .Send("O godziny pracy").AssertReply("wynik: Ala: O godziny pracy")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_empties_the_inner_stack_and_ends_the_component_with_no_result()
    {
        var harness = new DialogHarness(RootWithIntake());

        await harness.Flow()
            .Send("start").AssertReply("Jak masz na imię?")
            .Send("anuluj").AssertReply("Anulowano.").AssertReply("wynik: brak")
            .Send("od nowa").AssertReply("Jak masz na imię?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancelling_the_parent_stack_cancels_the_components_inner_dialogs_too()
    {
        var cancelled = new List<string>();
        var root = new ComponentDialog("root").AddDialog(new RecordingEnd("leaf", cancelled));
        var outer = new ComponentDialog("outer").AddDialog(root);
        var harness = new DialogHarness(outer);
        var adapter = new TestAdapter(Channels.Test);

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await harness.TurnAsync(turn, ct);
                if (turn.Activity.Text == "anuluj")
                {
                    var dc = await new DialogSet(harness.Accessor).Add(outer).CreateContextAsync(turn, ct);
                    await dc.CancelAllDialogsAsync(ct);
                    await harness.ConversationState.SaveChangesAsync(turn, ct);
                }
            })
            .Send("start")
            .Send("anuluj")
            .StartTestAsync();

        cancelled.Should().Equal("leaf:CancelCalled");
    }

    [Fact]
    public void The_first_dialog_added_is_the_initial_one_unless_set()
    {
        var component = new ComponentDialog("c").AddDialog(new TextPrompt("a")).AddDialog(new TextPrompt("b"));
        component.InitialDialogId.Should().Be("a");
        component.FindDialog("b").Should().NotBeNull();
    }

    /// <summary>Waits forever and records how it was ended.</summary>
    private sealed class RecordingEnd(string id, List<string> log) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(EndOfTurn);

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
            Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
