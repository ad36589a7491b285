using System.Diagnostics;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Bench.Search;

/// <summary>
/// Per-question latency (median, p99) and allocations by outcome, and index build time and retained memory,
/// for each corpus size: a plain timing loop on one core, since BenchmarkDotNet reports means per iteration.
/// </summary>
public static class SearchTiming
{
    public static void Run(Markdown md, int rounds)
    {
        md.Heading("FAQ search: timing loop (one core, eval-set questions)");
        var buildRows = new List<IReadOnlyList<string>>();
        var searchRows = new List<IReadOnlyList<string>>();
        foreach (var size in SearchSetup.Sizes)
        {
            var corpus = SearchSetup.Corpus(size);
            new FaqIndex(corpus).Dispose(); // JIT and Lucene's statics, so the build below is the index's own cost
            var before = RetainedBytes();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var build = Stopwatch.StartNew();
            using var index = new FaqIndex(corpus);
            var answerer = SearchSetup.Answerer(index);
            build.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var retained = RetainedBytes() - before;
            buildRows.Add([SearchSetup.Label(size), index.DocumentCount.ToString(), Markdown.Ms(build.Elapsed.TotalMilliseconds),
                Markdown.Number(allocated / 1048576.0), Markdown.Number(retained / 1048576.0)]);

            var byOutcome = SearchSetup.ByOutcome(answerer);
            var (all, allFirst) = (new Sample(), new Sample());
            foreach (var outcome in Enum.GetValues<FaqOutcome>())
            {
                var questions = byOutcome.GetValueOrDefault(outcome) ?? [];
                var repeated = Measure(() => answerer, questions, rounds);
                // A fresh answerer per round: its search has not seen these words yet, as with a new customer's typos.
                var first = Measure(() => SearchSetup.Answerer(index), questions, rounds);
                all.Add(repeated);
                allFirst.Add(first);
                searchRows.Add(Row(size, outcome.ToString(), questions.Count, repeated, first));
            }
            searchRows.Add(Row(size, "all", SearchSetup.Questions.Count, all, allFirst));
        }
        md.Table(["corpus entries", "Lucene docs", "index build ms", "allocated MB", "retained MB"], buildRows);
        md.Line("");
        md.Table(["corpus entries", "outcome", "questions", "median ms", "p99 ms", "mean ms", "allocated KB/question",
            "first ask: median ms", "p99 ms", "KB/question"], searchRows);
        md.Line("");
        md.Line("First ask: a fresh search per round, so no word of the question has been seen (no term's hits are kept yet).");
    }

    private static IReadOnlyList<string> Row(int size, string outcome, int questions, Sample sample, Sample first) =>
        [SearchSetup.Label(size), outcome, questions.ToString(), Markdown.Ms(sample.Times.Median), Markdown.Ms(sample.Times.P99),
            Markdown.Ms(sample.Times.Mean), Markdown.Number(sample.Count == 0 ? double.NaN : sample.AllocatedBytes / 1024.0 / sample.Count),
            Markdown.Ms(first.Times.Median), Markdown.Ms(first.Times.P99), Markdown.Number(first.Count == 0 ? double.NaN : first.AllocatedBytes / 1024.0 / first.Count)];

    private static Sample Measure(Func<FaqAnswerer> answererForRound, IReadOnlyList<string> questions, int rounds)
    {
        var answerer = answererForRound();
        // Long enough for tiered JIT to reach its optimized code, which one pass is not.
        var warmUp = Stopwatch.StartNew();
        while (questions.Count > 0 && warmUp.Elapsed < TimeSpan.FromSeconds(1))
            foreach (var question in questions)
                answerer.Answer(question);
        var sample = new Sample();
        for (var round = 0; round < rounds; round++)
        {
            answerer = answererForRound();
            foreach (var question in questions)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                answerer.Answer(question);
                sample.Times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                sample.AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }
        return sample;
    }

    private static long RetainedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private sealed class Sample
    {
        public Latencies Times { get; } = new();

        public long AllocatedBytes { get; set; }

        public int Count => Times.Count;

        public void Add(Sample other)
        {
            Times.AddRange(other.Times);
            AllocatedBytes += other.AllocatedBytes;
        }
    }
}
