using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bench.Search;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// The advisor's message handling split into its calls, one thread, no HTTP, with the app's own singletons, for the
/// eval questions: the same calls in the same order as AdvisorBot.OnMessageActivityAsync makes them.
/// </summary>
public static class BotLogicBreakdown
{
    private const int WarmUpRounds = 20;
    private const int MeasuredRounds = 10;

    public static async Task RunAsync(Markdown md)
    {
        await using var server = await BenchServer.StartAsync(_ => { });
        var faq = server.Services.GetRequiredService<FaqAnswerer>();
        var hours = server.Services.GetRequiredService<HoursQuestionAnswerer>();
        var messages = server.Services.GetRequiredService<FaqMessages>();
        var stages = new[] { "language detection", "hours answerer (keywords, then the time recognizer)", "FAQ answerer (search)", "reply message" }
            .ToDictionary(s => s, _ => new Latencies());
        var byLanguage = new Dictionary<FaqLanguage, Latencies> { [FaqLanguage.Pl] = new(), [FaqLanguage.En] = new() };

        // Warm-up rounds until the JIT has optimised the path, as it has in a server that has been running a while.
        for (var round = 0; round < WarmUpRounds + MeasuredRounds; round++)
        {
            var record = round >= WarmUpRounds;
            foreach (var question in SearchSetup.Questions)
            {
                var start = Stopwatch.GetTimestamp();
                var language = FaqLanguageDetector.Detect(question) ?? FaqLanguage.Pl;
                var detected = Stopwatch.GetTimestamp();
                var hoursAnswer = faq.IsEntryQuestion(question) ? null : hours.Answer(question, language.Code());
                var hoursDone = Stopwatch.GetTimestamp();
                var answer = hoursAnswer is null ? faq.Answer(question) : null;
                var faqDone = Stopwatch.GetTimestamp();
                if (answer is not null)
                    messages.For(answer);
                var end = Stopwatch.GetTimestamp();
                if (!record)
                    continue;
                stages["language detection"].Add(Stopwatch.GetElapsedTime(start, detected).TotalMilliseconds);
                stages["hours answerer (keywords, then the time recognizer)"].Add(Stopwatch.GetElapsedTime(detected, hoursDone).TotalMilliseconds);
                if (answer is not null)
                {
                    stages["FAQ answerer (search)"].Add(Stopwatch.GetElapsedTime(hoursDone, faqDone).TotalMilliseconds);
                    stages["reply message"].Add(Stopwatch.GetElapsedTime(faqDone, end).TotalMilliseconds);
                }
                byLanguage[language].Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
        }

        md.Heading("The advisor's message handling by call (one thread, no HTTP, eval questions, ms)");
        md.Table(["call", "calls", "median", "p99", "mean"],
            stages.Select(p => (IReadOnlyList<string>)[p.Key, p.Value.Count.ToString(), Markdown.Ms(p.Value.Median), Markdown.Ms(p.Value.P99), Markdown.Ms(p.Value.Mean)])
                .Concat(byLanguage.Select(p => (IReadOnlyList<string>)[$"whole message, {p.Key} questions", p.Value.Count.ToString(),
                    Markdown.Ms(p.Value.Median), Markdown.Ms(p.Value.P99), Markdown.Ms(p.Value.Mean)])));
    }
}
