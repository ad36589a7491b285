using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Knowledge.Dates;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Search;
using Vivus.Advisor.Knowledge.Hours.Answers;
using AdvisorApp = Vivus.Advisor.Bot.Program;

namespace Vivus.Advisor.Bench;

/// <summary>
/// What the first conversation pays for, step by step in a fresh process: building the app, then the first resolve of
/// each singleton the bot needs and the first call of each answerer, in the order a first message meets them.
/// </summary>
public static class ColdParts
{
    /// <summary>Runs in a child process, so nothing is loaded or compiled yet; prints "step TAB ms" lines.</summary>
    public static void Measure(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        void Step(string name, Action action)
        {
            var start = clock.Elapsed;
            action();
            output.WriteLine($"{name}\t{(clock.Elapsed - start).TotalMilliseconds:0.0}");
        }

        Microsoft.AspNetCore.Builder.WebApplication app = null!;
        Step("build the app (configuration, DI, endpoints)", () => app = AdvisorApp.BuildApp(["--environment=Production"]));
        var services = app.Services;
        Step("FAQ corpus: load and check the YAML", () => services.GetRequiredService<FaqCorpus>());
        Step("FAQ index: Lucene index and spelling vocabulary", () => services.GetRequiredService<FaqIndex>());
        Step("FAQ answerer", () => services.GetRequiredService<FaqAnswerer>());
        Step("Polish time recognizer", () => services.GetRequiredService<PolishTimeRecognizer>());
        Step("English time recognizer", () => services.GetRequiredService<EnglishTimeRecognizer>());
        Step("hours answerer and the rest of the bot", () => services.GetRequiredService<IBot>());
        var hours = services.GetRequiredService<HoursQuestionAnswerer>();
        var faq = services.GetRequiredService<FaqAnswerer>();
        Step("first Polish hours question", () => hours.Answer("czy infolinia jest teraz czynna?", "pl"));
        Step("first English hours question", () => hours.Answer("is the hotline open tomorrow at 9?", "en"));
        Step("first FAQ search", () => faq.Answer("Jak mogę się z Wami skontaktować?"));
        Step("second FAQ search (compiled)", () => faq.Answer("jak zmienic numer telefonu"));
    }

    /// <summary>Starts this harness again as <c>coldparts</c> and turns its lines into a table.</summary>
    public static async Task RunAsync(Markdown md)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Vivus.Advisor.Bench.dll"), "coldparts" },
            RedirectStandardOutput = true,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var child = Process.Start(info)!;
        var lines = (await child.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await child.WaitForExitAsync();
        md.Heading("What the first conversation pays for (fresh process, first resolve or call, ms)");
        md.Table(["step", "ms"], lines.Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => (IReadOnlyList<string>)[p[0], p[1]]));
    }
}
