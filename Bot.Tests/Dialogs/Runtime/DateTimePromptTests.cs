using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class DateTimePromptTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static DialogHarness Asking(DateTimePrompt prompt, List<string> results, int? maxAttempts = null) =>
        new(new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.Ask("when", "Kiedy była ostatnia wpłata?", ct, maxAttempts, "Podaj, proszę, datę, np. 2026-11-20."),
                async (step, ct) =>
                {
                    results.Add(step.Result is IList<DateTimeResolution> found ? string.Join(",", found.Select(r => r.Value)) : "brak");
                    await step.Context.SendActivityAsync("ok", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(prompt));

    [Fact]
    public async Task Returns_what_the_recognizer_found_and_passes_it_the_locale_and_the_clock()
    {
        var recognizer = new FakeDateTimeRecognizer();
        var results = new List<string>();

        await Asking(new DateTimePrompt("when", recognizer, new FixedTimeProvider(Now)), results).Flow()
            .Send("start").AssertReply("Kiedy była ostatnia wpłata?")
            .Send("jutro").AssertReply("ok")
            .StartTestAsync();

        results.Should().Equal("2026-11-26");
        recognizer.Calls.Should().ContainSingle().Which.Should().Be(("jutro", "pl-PL", Now));
    }

    [Fact]
    public async Task Asks_again_when_nothing_is_recognised_and_gives_up_after_max_attempts()
    {
        var results = new List<string>();

        await Asking(new DateTimePrompt("when", new FakeDateTimeRecognizer(), new FixedTimeProvider(Now)), results, maxAttempts: 2).Flow()
            .Send("start").AssertReply("Kiedy była ostatnia wpłata?")
            .Send("kiedyś").AssertReply("Podaj, proszę, datę, np. 2026-11-20.")
            .Send("nie pamiętam").AssertReply("ok")
            .StartTestAsync();

        results.Should().Equal("brak");
    }

    [Fact]
    public async Task Uses_the_english_locale_of_the_message_when_it_has_one()
    {
        var recognizer = new FakeDateTimeRecognizer();
        var results = new List<string>();

        await Asking(new DateTimePrompt("when", recognizer, new FixedTimeProvider(Now)), results).Flow(locale: "en-US")
            .Send("start").AssertReply("Kiedy była ostatnia wpłata?")
            .Send("2026-11-20").AssertReply("ok")
            .StartTestAsync();

        results.Should().Equal("2026-11-20");
        recognizer.Calls.Single().Locale.Should().Be("en-US");
    }
}
