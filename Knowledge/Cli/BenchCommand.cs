using System.Diagnostics;
using System.Globalization;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Evaluation;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>
/// bench [--entries N] [--rounds R]: times index build and per-question search on one core, for the real corpus
/// and for the corpus grown to N entries, using the eval set's questions. A harness, not a test.
/// </summary>
public static class BenchCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        PinToOneCore();
        var grownSize = Option(args, "--entries", 10_000);
        var rounds = Option(args, "--rounds", 20);
        var corpus = FaqCorpusLoader.LoadChecked(FaqCliSetup.CorpusDirectory(args));
        var contact = FaqCliSetup.LoadContact();
        var questions = EvalSet.Load(EvalSet.DefaultPath).Select(c => c.Question).ToList();
        Measure("real corpus", corpus, questions, rounds, contact, output);
        Measure($"grown to {grownSize} entries", new FaqCorpus(SyntheticCorpus.Grow(corpus.Entries, grownSize)), questions, rounds, contact, output);
        return 0;
    }

    private static void Measure(string label, FaqCorpus corpus, IReadOnlyList<string> questions, int rounds,
        Contact.ContactOptions contact, TextWriter output)
    {
        new FaqIndex(corpus).Dispose(); // warm-up: JIT and Lucene statics
        var build = Stopwatch.StartNew();
        using var index = new FaqIndex(corpus);
        build.Stop();
        var answerer = new FaqAnswerer(new FaqSearch(index), Microsoft.Extensions.Options.Options.Create(contact));
        foreach (var question in questions)
            answerer.Answer(question);
        var times = new List<double>(questions.Count * rounds);
        for (var round = 0; round < rounds; round++)
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answerer.Answer(question);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        times.Sort();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "{0}: {1} entries, {2} documents, build {3:0.0} ms; answer latency over {4} questions: median {5:0.000} ms, p99 {6:0.000} ms, max {7:0.000} ms",
            label, corpus.Entries.Count, index.DocumentCount, build.Elapsed.TotalMilliseconds, times.Count,
            times[times.Count / 2], times[(int)(times.Count * 0.99)], times[^1]));
    }

    private static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
