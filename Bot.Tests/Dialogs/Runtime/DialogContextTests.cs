using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class DialogContextTests
{
    private static async Task<DialogContext> ContextAsync(params Dialog[] dialogs)
    {
        var state = new TrackedConversationState(new InMemoryStorage());
        var set = new DialogSet(state.CreateProperty<DialogState>(nameof(DialogState)));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }
        var adapter = new TestAdapter(Channels.Test);
        var activity = adapter.MakeActivity("hej");
        activity.ChannelId = Channels.Test;
        var turn = new TurnContext(adapter, activity);
        return await set.CreateContextAsync(turn);
    }

    [Fact]
    public async Task Continuing_an_empty_stack_reports_empty()
    {
        var dc = await ContextAsync();

        (await dc.ContinueDialogAsync()).Status.Should().Be(DialogTurnStatus.Empty);
        (await dc.CancelAllDialogsAsync()).Status.Should().Be(DialogTurnStatus.Empty);
        dc.ActiveDialog.Should().BeNull();
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_names_it()
    {
        var dc = await ContextAsync();

        var act = () => dc.BeginDialogAsync("brak");

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*'brak'*");
    }

    [Fact]
    public async Task A_prompt_must_be_begun_with_prompt_options()
    {
        var dc = await ContextAsync(new TextPrompt("text"));

        var act = () => dc.BeginDialogAsync("text", "nie opcje");

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task The_newest_dialog_is_on_top_of_the_stack()
    {
        var dc = await ContextAsync(new TextPrompt("a"), new TextPrompt("b"));

        await dc.PromptAsync("a", new PromptOptions());
        await dc.PromptAsync("b", new PromptOptions());

        dc.Stack.Select(i => i.Id).Should().Equal("b", "a");
        dc.ActiveDialog!.Id.Should().Be("b");
    }

    [Fact]
    public void A_set_refuses_two_dialogs_with_one_id()
    {
        var set = new DialogSet(new TrackedConversationState(new InMemoryStorage()).CreateProperty<DialogState>("s")).Add(new TextPrompt("a"));

        var act = () => set.Add(new TextPrompt("a"));

        act.Should().Throw<InvalidOperationException>();
    }
}
