using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot.Answers;

/// <summary>
/// Once the server listens, builds the FAQ index and runs the Polish time recognizer once, so that the first customer
/// does not wait for them to load and compile; a message arriving meanwhile shares the same singletons.
/// </summary>
public sealed class AnswerWarmUp(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<AnswerWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => listening.TrySetResult()))
        using (stoppingToken.Register(() => listening.TrySetCanceled(stoppingToken)))
        {
            await listening.Task;
        }
        var started = TimeProvider.System.GetTimestamp();
        // Resolved only now: building them is the work this service moves out of the start-up path.
        _ = services.GetRequiredService<FaqAnswerer>().Entries.Count;
        var questions = services.GetRequiredService<QuestionAnswerer>();
        foreach (var question in new[] { "czy w sobotę o 9 ktoś odbierze?", "jaki jest adres e-mail?" })
        {
            stoppingToken.ThrowIfCancellationRequested();
            questions.Answer(question);
        }
        logger.LogInformation("Answers warmed up in {Elapsed} ms", (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
