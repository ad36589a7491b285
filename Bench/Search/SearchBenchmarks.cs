using BenchmarkDotNet.Attributes;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Bench.Search;

/// <summary>
/// Mean time and allocations per question, for questions that end in a clear answer, a "did you mean" or
/// "don't know", on the real and the grown corpora. Each invocation answers a fixed batch of questions of one kind.
/// </summary>
[MemoryDiagnoser]
public class FaqAnswerBenchmarks
{
    private const int Batch = 32;

    private FaqIndex _index = null!;
    private FaqAnswerer _answerer = null!;
    private Dictionary<FaqOutcome, string[]> _questions = null!;

    /// <summary>Corpus entries; 0 is the real corpus.</summary>
    [Params(0, 1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = new FaqIndex(SearchSetup.Corpus(Entries));
        _answerer = SearchSetup.Answerer(_index);
        _questions = SearchSetup.ByOutcome(_answerer).ToDictionary(p => p.Key, p => Cycle(p.Value));
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public int Answered() => AnswerAll(FaqOutcome.Answered);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int DidYouMean() => AnswerAll(FaqOutcome.DidYouMean);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Unknown() => AnswerAll(FaqOutcome.Unknown);

    private int AnswerAll(FaqOutcome outcome)
    {
        var suggestions = 0;
        foreach (var question in _questions.GetValueOrDefault(outcome) ?? [])
            suggestions += _answerer.Answer(question).Suggestions.Count;
        return suggestions;
    }

    /// <summary>Exactly <see cref="Batch"/> questions, repeating the list when it is shorter, so every benchmark divides by the same count.</summary>
    private static string[] Cycle(List<string> questions) =>
        Enumerable.Range(0, Batch).Select(i => questions[i % questions.Count]).ToArray();
}

/// <summary>Index build time and allocations per corpus size.</summary>
[MemoryDiagnoser]
public class FaqIndexBenchmarks
{
    private FaqCorpus _corpus = null!;

    [Params(0, 1_000, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => _corpus = SearchSetup.Corpus(Entries);

    [Benchmark]
    public int Build()
    {
        using var index = new FaqIndex(_corpus);
        return index.DocumentCount;
    }
}
