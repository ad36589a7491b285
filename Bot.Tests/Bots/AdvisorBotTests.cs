using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;
using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Tests.Bots;

public sealed class AdvisorBotTests
{
    // A Wednesday evening in Warsaw, after the hotline has closed.
    private static readonly DateTimeOffset WednesdayNight = new(2026, 11, 25, 23, 0, 0, TimeSpan.FromHours(1));

    private readonly IServiceProvider _services = AppServices.Create(WednesdayNight);

    private IBot CreateBot() => _services.Get<IBot>();

    private TestFlow Flow() => BotTestFlow.Create(_services);

    private static IMessageActivity Message(IActivity activity) => (IMessageActivity)activity;

    [Fact]
    public async Task Greets_a_new_user_in_polish_with_the_main_topics_asking_faq_questions()
    {
        var adapter = new TestAdapter(Channels.Test);
        var joined = adapter.MakeActivity();
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("user1")];

        await new TestFlow(adapter, CreateBot())
            .Send(joined)
            .AssertReply(activity =>
            {
                var message = Message(activity);
                message.Text.Should().StartWith("Dzień dobry!");
                message.SuggestedActions.Actions.Select(a => a.Title).Should().Equal(WelcomeMessage.MainTopics.Select(t => t.Caption));
                message.SuggestedActions.Actions.Select(a => a.Value).Should().Contain("Jakie są numery telefonu do Vivus?");
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

        await new TestFlow(adapter, CreateBot()).Send(joined).AssertNoReply().StartTestAsync();
    }

    [Fact]
    public async Task Answers_an_faq_question_typed_without_diacritics_with_links_and_follow_ups()
    {
        await Flow()
            .Send("jaki jest adres mailowy do was")
            .AssertReply(activity =>
            {
                var message = Message(activity);
                message.Text.Should().Contain("(mailto:kontakt@vivus.pl)");
                message.TextFormat.Should().Be(TextFormatTypes.Markdown);
                message.SuggestedActions.Actions.Should().NotBeEmpty();
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Questions_outside_a_case_store_nothing_and_a_request_for_a_consultant_opens_one()
    {
        var storage = _services.Get<IStorage>();
        var stateKey = $"{Channels.Test}/conversations/Convo1";

        await Flow()
            .Send("jaki jest adres mailowy do was").AssertReply(activity => Message(activity).Text.Should().Contain("kontakt@vivus.pl"))
            .Send("pomoc").AssertReply(activity => Message(activity).Text.Should().Contain("automatycznym doradcą"))
            .StartTestAsync();
        (await storage.ReadAsync([stateKey])).Should().BeEmpty();

        await Flow()
            .Send("chcę porozmawiać z konsultantem")
            .AssertReply(activity => Message(activity).Text.Should().StartWith("Przygotuję Twoją sprawę"))
            .AssertReply(activity => Message(activity).Text.Should().Contain("Czego dotyczy"))
            .StartTestAsync();
        (await storage.ReadAsync([stateKey])).Should().ContainKey(stateKey);
    }

    [Fact]
    public async Task A_follow_up_button_answers_its_entry()
    {
        var followUp = _services.Get<FaqAnswerer>().FindEntry("email-reply-time")!.Title.Pl;

        await Flow()
            .Send(followUp)
            .AssertReply(activity => Message(activity).Text.Should().Contain("24"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_in_english_when_asked_in_english()
    {
        await Flow()
            .Send("what is your email address?")
            .AssertReply(activity =>
            {
                var message = Message(activity);
                message.Locale.Should().Be("en-US");
                message.Text.Should().Contain("kontakt@vivus.pl").And.NotContain("Adres");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Offers_did_you_mean_buttons_when_two_answers_are_close()
    {
        await Flow()
            .Send("ktory telefon podawac")
            .AssertReply(activity =>
            {
                var message = Message(activity);
                message.Text.Should().Be("Czy chodziło Ci o:");
                message.SuggestedActions.Actions.Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(3);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("jaka będzie jutro pogoda w Krakowie?")]
    [InlineData("przepis na sernik")]
    [InlineData("ile kosztuje kredyt w PKO?")]
    public async Task Says_plainly_it_does_not_know_and_offers_the_contact_centre(string question)
    {
        await Flow()
            .Send(question)
            .AssertReply(activity =>
            {
                var message = Message(activity);
                message.Text.Should().StartWith("Niestety nie znam odpowiedzi");
                var card = (HeroCard)message.Attachments.Single().Content;
                card.Buttons.Select(b => b.Value).Should().Contain("tel:+48660600700").And.Contain("mailto:kontakt@vivus.pl");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_topic_that_needs_a_person_offers_to_prepare_the_case_for_a_consultant()
    {
        var repayment = _services.Get<FaqAnswerer>().FindEntry("repayment-problems")!;
        repayment.NeedsHuman.Should().BeTrue();
        var offer = $"{FaqMessages.CaseIntakeOffer} {repayment.Title.Pl}";

        await Flow()
            .Send(repayment.Title.Pl)
            .AssertReply(activity => Message(activity).SuggestedActions.Actions.First().Value.Should().Be(offer))
            .Send(offer)
            .AssertReply(activity => Message(activity).Text.Should().StartWith("Przygotuję Twoją sprawę"))
            .AssertReply("Temat sprawy: Spłata lub płatność.")
            .AssertReply(activity => Message(activity).Text.Should().StartWith("Czy sprawa jest pilna"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_whether_anyone_picks_up_now_from_the_hours_engine()
    {
        await Flow()
            .Send("czy teraz ktoś odbierze?")
            .AssertReply(activity => Message(activity).Text.Should().Contain("nieczynna").And.Contain("jutro o 8:00"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_about_a_trading_sunday()
    {
        await Flow()
            .Send("czy w niedzielę 13 grudnia mogę zadzwonić?")
            .AssertReply(activity => Message(activity).Text.Should().Contain("10:00").And.Contain("18:00").And.Contain("handlow"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Answers_an_english_hours_question_in_english()
    {
        await Flow()
            .Send("are you open on Saturday at 9pm?")
            .AssertReply(activity =>
            {
                var message = Message(activity);
                message.Locale.Should().Be("en-US");
                message.Text.Should().Contain("closed");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task An_empty_message_gets_the_main_topics_again()
    {
        await Flow()
            .Send("   ")
            .AssertReply(activity => Message(activity).SuggestedActions.Actions.Should().HaveCount(WelcomeMessage.MainTopics.Count))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_failing_turn_apologises_with_the_contacts_and_clears_the_conversation()
    {
        var conversationState = _services.Get<TrackedConversationState>();
        var step = conversationState.CreateProperty<int>("step");
        var adapter = new TestAdapter(Channels.Test);
        adapter.OnTurnError = new TurnErrorHandler(conversationState, _services.Get<ContactReplies>(), NullLogger.Instance).HandleAsync;

        await new TestFlow(adapter, async (turn, ct) =>
            {
                var current = await step.GetAsync(turn, () => 0, ct);
                await step.SetAsync(turn, current + 1, ct);
                await conversationState.SaveChangesAsync(turn, ct);
                if (turn.Activity.Text == "boom")
                {
                    throw new InvalidOperationException("broken dialog");
                }
                await turn.SendActivityAsync($"step {current + 1}", cancellationToken: ct);
            })
            .Send("one").AssertReply("step 1")
            .Send("boom").AssertReply(activity =>
            {
                var text = Message(activity).Text;
                text.Should().Contain("660 600 700").And.Contain("22 206 21 21").And.Contain("kontakt@vivus.pl");
                text.Should().NotContain("broken dialog").And.NotContain("Exception");
            })
            .Send("again").AssertReply("step 1")
            .StartTestAsync();
    }
}
