using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using static Vivus.Advisor.Bot.Tests.Dialogs.PromptScenario;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class ChoicePromptTests
{
    private static PromptOptions Topics(ListStyle? style = null) => new()
    {
        Prompt = MessageFactory.Text("W czym mogę pomóc?"),
        RetryPrompt = MessageFactory.Text("Wybierz, proszę, jeden z tematów."),
        Choices = [new Choice("Spłata pożyczki", "zapłata", "rata"), new Choice("Przedłużenie terminu"), new Choice("Kontakt z konsultantem", "człowiek")],
        Style = style,
    };

    [Theory]
    [InlineData("emulator")]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task Offers_the_choices_as_buttons_where_the_channel_has_them(string channel)
    {
        await Asking(new ChoicePrompt("choice"), Topics()).Flow(channel)
            .Send("start").AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                message.Text.Should().Be("W czym mogę pomóc?");
                message.SuggestedActions.Actions.Select(a => (a.Type, a.Title, (string)a.Value))
                    .Should().Equal((ActionTypes.ImBack, "Spłata pożyczki", "Spłata pożyczki"), (ActionTypes.ImBack, "Przedłużenie terminu", "Przedłużenie terminu"),
                        (ActionTypes.ImBack, "Kontakt z konsultantem", "Kontakt z konsultantem"));
            })
            .Send("Przedłużenie terminu").AssertReply("wynik: 1:Przedłużenie terminu")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("test")]
    public async Task Falls_back_to_a_numbered_list_in_the_text_on_channels_without_buttons(string channel)
    {
        await Asking(new ChoicePrompt("choice"), Topics()).Flow(channel)
            .Send("start").AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                message.Text.Should().Be("W czym mogę pomóc?\n\n1. Spłata pożyczki\n2. Przedłużenie terminu\n3. Kontakt z konsultantem");
                message.SuggestedActions.Should().BeNull();
            })
            .Send("3").AssertReply("wynik: 2:Kontakt z konsultantem")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_explicit_style_wins_over_the_channel()
    {
        await Asking(new ChoicePrompt("choice"), Topics(ListStyle.List)).Flow("webchat")
            .Send("start").AssertReply(activity => ((IMessageActivity)activity).Text.Should().EndWith("3. Kontakt z konsultantem"))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unrecognised_answer_gets_the_retry_prompt_with_the_choices_again()
    {
        await Asking(new ChoicePrompt("choice"), Topics()).Flow("webchat")
            .Send("start").AssertReply("W czym mogę pomóc?")
            .Send("pogoda").AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                message.Text.Should().Be("Wybierz, proszę, jeden z tematów.");
                message.SuggestedActions.Actions.Should().HaveCount(3);
            })
            .Send("zapłata").AssertReply("wynik: 0:Spłata pożyczki")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(StorageKind.JsonWithTypeNames)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task Choices_survive_the_storage_between_asking_and_answering(StorageKind storage)
    {
        await Asking(new ChoicePrompt("choice"), Topics(), storage.Create()).Flow("webchat")
            .Send("start").AssertReply("W czym mogę pomóc?")
            .Send("czlowiek").AssertReply("wynik: 2:Kontakt z konsultantem")
            .StartTestAsync();
    }
}
