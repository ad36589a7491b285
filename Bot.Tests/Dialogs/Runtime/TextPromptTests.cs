using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using static Vivus.Advisor.Bot.Tests.Dialogs.PromptScenario;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class TextPromptTests
{
    [Fact]
    public async Task Returns_the_trimmed_answer_and_marks_its_question_as_expecting_input()
    {
        await Asking(new TextPrompt("text"), Options("Opisz sprawę.")).Flow()
            .Send("start").AssertReply(activity =>
            {
                var message = (IMessageActivity)activity;
                message.Text.Should().Be("Opisz sprawę.");
                message.InputHint.Should().Be(InputHints.ExpectingInput);
            })
            .Send("  nie mogę się zalogować  ").AssertReply("wynik: nie mogę się zalogować")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_blank_answer_gets_the_retry_prompt()
    {
        await Asking(new TextPrompt("text"), Options("Opisz sprawę.", retry: "Napisz, proszę, kilka słów.")).Flow()
            .Send("start").AssertReply("Opisz sprawę.")
            .Send("   ").AssertReply("Napisz, proszę, kilka słów.")
            .Send("zwrot nadpłaty").AssertReply("wynik: zwrot nadpłaty")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_question_is_asked_again()
    {
        await Asking(new TextPrompt("text"), Options("Opisz sprawę.")).Flow()
            .Send("start").AssertReply("Opisz sprawę.")
            .Send(" ").AssertReply("Opisz sprawę.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_can_explain_its_rejection_instead_of_the_generic_retry()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("text", async (context, ct) =>
        {
            attempts.Add(context.AttemptCount);
            if (context.Recognized.Value!.Length >= 10)
            {
                return true;
            }
            await context.Context.SendActivityAsync("Za krótko — potrzebuję co najmniej 10 znaków.", cancellationToken: ct);
            return false;
        });

        await Asking(prompt, Options("Opisz sprawę.", retry: "Spróbuj jeszcze raz."), StorageKind.JsonWithoutTypeNames.Create()).Flow()
            .Send("start").AssertReply("Opisz sprawę.")
            .Send("błąd").AssertReply("Za krótko — potrzebuję co najmniej 10 znaków.")
            .Send("też źle").AssertReply("Za krótko — potrzebuję co najmniej 10 znaków.")
            .Send("nie działa przelew").AssertReply("wynik: nie działa przelew")
            .StartTestAsync();

        attempts.Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task A_rejecting_validator_that_says_nothing_leaves_the_retry_prompt_to_the_prompt()
    {
        var prompt = new TextPrompt("text", (context, _) => Task.FromResult(context.Recognized.Value == "tak"));

        await Asking(prompt, Options("Napisz 'tak'.", retry: "Tylko 'tak'.")).Flow()
            .Send("start").AssertReply("Napisz 'tak'.")
            .Send("nie").AssertReply("Tylko 'tak'.")
            .Send("tak").AssertReply("wynik: tak")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(StorageKind.Memory)]
    [InlineData(StorageKind.JsonWithTypeNames)]
    [InlineData(StorageKind.JsonWithoutTypeNames)]
    public async Task After_max_attempts_the_prompt_ends_without_a_value_so_the_waterfall_can_go_on(StorageKind storage)
    {
        var prompt = new TextPrompt("text", (context, _) => Task.FromResult(context.Recognized.Value == "ok"));
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.Ask("text", "Napisz 'ok'.", ct, maxAttempts: 3, retry: "Jeszcze raz."),
                async (step, ct) =>
                {
                    var text = step.Result is null ? "Nie szkodzi, pójdźmy dalej bez tego." : "Dziękuję.";
                    await step.Context.SendActivityAsync(text, cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(prompt);

        await new DialogHarness(root, storage.Create()).Flow()
            .Send("start").AssertReply("Napisz 'ok'.")
            .Send("a").AssertReply("Jeszcze raz.")
            .Send("b").AssertReply("Jeszcze raz.")
            .Send("c").AssertReply("Nie szkodzi, pójdźmy dalej bez tego.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Ignores_activities_other_than_messages_while_waiting()
    {
        var harness = Asking(new TextPrompt("text"), Options("Opisz sprawę."));
        var typing = new Activity(ActivityTypes.Typing);

        await harness.Flow()
            .Send("start").AssertReply("Opisz sprawę.")
            .Send(typing).AssertNoReply()
            .Send("reklamacja").AssertReply("wynik: reklamacja")
            .StartTestAsync();
    }
}
