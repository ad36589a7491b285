using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using static Vivus.Advisor.Bot.Tests.Dialogs.PromptScenario;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("tak", true)]
    [InlineData("Tak!", true)]
    [InlineData("jasne", true)]
    [InlineData("ok", true)]
    [InlineData("OK, poproszę", true)]
    [InlineData("oczywiście", true)]
    [InlineData("no tak", true)]
    [InlineData("yes", true)]
    [InlineData("Yes please", true)]
    [InlineData("sure", true)]
    [InlineData("nie", false)]
    [InlineData("Nie, dziękuję", false)]
    [InlineData("no nie", false)]
    [InlineData("no", false)]
    [InlineData("nope", false)]
    [InlineData("raczej nie", false)]
    [InlineData("nie chcę", false)]
    public void Understands_yes_and_no_in_polish_and_english(string text, bool expected)
    {
        ConfirmPrompt.Recognize(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("może")]
    [InlineData("tak i nie")]
    [InlineData("nie wiem, ok?")]
    public void Says_nothing_when_the_answer_is_neither_or_both(string text)
    {
        ConfirmPrompt.Recognize(text).Should().BeNull();
    }

    [Fact]
    public async Task Asks_in_polish_with_tak_and_nie_buttons()
    {
        await Asking(new ConfirmPrompt("confirm"), Options("Czy chcesz zostawić numer telefonu?")).Flow("webchat", "pl-PL")
            .Send("start").AssertReply(activity =>
                ((IMessageActivity)activity).SuggestedActions.Actions.Select(a => a.Title).Should().Equal("Tak", "Nie"))
            .Send("jasne").AssertReply("wynik: True")
            .StartTestAsync();
    }

    [Fact]
    public async Task Asks_in_english_with_yes_and_no_buttons_for_an_english_locale()
    {
        await Asking(new ConfirmPrompt("confirm"), Options("Shall I note your phone number?")).Flow("webchat", "en-US")
            .Send("start").AssertReply(activity =>
                ((IMessageActivity)activity).SuggestedActions.Actions.Select(a => a.Title).Should().Equal("Yes", "No"))
            .Send("no").AssertReply("wynik: False")
            .StartTestAsync();
    }

    [Fact]
    public async Task Accepts_the_number_of_a_listed_answer_and_asks_again_when_unsure()
    {
        await Asking(new ConfirmPrompt("confirm"), Options("Czy to wszystko?", retry: "Odpowiedz, proszę, tak albo nie.")).Flow("sms")
            .Send("start").AssertReply("Czy to wszystko?\n\n1. Tak\n2. Nie")
            .Send("może").AssertReply("Odpowiedz, proszę, tak albo nie.\n\n1. Tak\n2. Nie")
            .Send("2").AssertReply("wynik: False")
            .StartTestAsync();
    }
}
