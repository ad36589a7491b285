using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Vivus.Advisor.Bot.Bots;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Bots;

public sealed class AdvisorBotTests
{
    private readonly IServiceProvider _services = AppServices.Create();

    private AdvisorBot CreateBot() => new(_services.Get<ConversationState>(), _services.Get<UserState>(), _services.Get<ContactReplies>());

    [Fact]
    public async Task Greets_a_new_user_in_polish_with_the_main_topics()
    {
        var adapter = new TestAdapter(Channels.Test);
        var joined = adapter.MakeActivity();
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("user1")];

        await new TestFlow(adapter, CreateBot())
            .Send(joined)
            .AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                message.Text.Should().StartWith("Dzień dobry!");
                message.SuggestedActions.Actions.Select(a => a.Title).Should().Equal(WelcomeMessage.MainTopics);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Does_not_greet_when_only_the_bot_joins()
    {
        var adapter = new TestAdapter(Channels.Test);
        var joined = adapter.MakeActivity();
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [joined.Recipient];

        await new TestFlow(adapter, CreateBot())
            .Send(joined)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Points_to_the_contact_centre_with_call_and_mail_buttons()
    {
        await new TestFlow(new TestAdapter(Channels.Test), CreateBot())
            .Send("mam pytanie")
            .AssertReply(activity =>
            {
                var card = (HeroCard)((IMessageActivity)activity).Attachments.Single().Content;
                card.Buttons.Select(b => b.Value).Should().Equal("tel:+48660600700", "tel:+48222062121", "mailto:kontakt@vivus.pl");
                card.Text.Should().Contain("[660 600 700](tel:+48660600700)");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_failing_turn_apologises_with_the_contacts_and_clears_the_conversation()
    {
        var conversationState = _services.Get<ConversationState>();
        var step = conversationState.CreateProperty<int>("step");
        var adapter = new TestAdapter(Channels.Test);
        adapter.OnTurnError = new TurnErrorHandler(conversationState, _services.Get<ContactReplies>(), NullLogger.Instance).HandleAsync;

        await new TestFlow(adapter, async (turn, ct) =>
            {
                var current = await step.GetAsync(turn, () => 0, ct);
                await step.SetAsync(turn, current + 1, ct);
                await conversationState.SaveChangesAsync(turn, false, ct);
                if (turn.Activity.Text == "boom")
                {
                    throw new InvalidOperationException("broken dialog");
                }
                await turn.SendActivityAsync($"step {current + 1}", cancellationToken: ct);
            })
            .Send("one").AssertReply("step 1")
            .Send("boom").AssertReply(activity =>
            {
                var text = ((IMessageActivity)activity).Text;
                text.Should().Contain("660 600 700").And.Contain("22 206 21 21").And.Contain("kontakt@vivus.pl");
                text.Should().NotContain("broken dialog").And.NotContain("Exception");
            })
            .Send("again").AssertReply("step 1")
            .StartTestAsync();
    }
}
