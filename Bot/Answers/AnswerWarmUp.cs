using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Answers;

/// <summary>
/// Builds the FAQ index and runs the time recognizers once while the server starts, so the first customer does
/// not wait for them to load and compile.
/// </summary>
public sealed class AnswerWarmUp(QuestionAnswerer questions, FaqAnswerer faq, ILogger<AnswerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = TimeProvider.System.GetTimestamp();
        _ = faq.Entries.Count;
        foreach (var question in new[] { "czy w sobotę o 9 ktoś odbierze?", "are you open on Saturday at 9pm?", "jaki jest adres e-mail?" })
        {
            questions.Answer(question);
        }
        logger.LogInformation("Answers warmed up in {Elapsed} ms", (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }, stoppingToken);
}
