using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Cli;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Evaluation;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Bench.Search;

/// <summary>The corpora the search is measured on and the questions replayed against them.</summary>
public static class SearchSetup
{
    /// <summary>0 stands for the real corpus as shipped.</summary>
    public static readonly int[] Sizes = [0, 1_000, 10_000];

    private static readonly Lazy<FaqCorpus> Real = new(() => FaqCorpusLoader.LoadChecked(FaqCorpusLoader.DefaultDirectory));

    public static IReadOnlyList<string> Questions { get; } = EvalSet.Load(EvalSet.DefaultPath).Select(c => c.Question).ToList();

    public static string Label(int size) => size == 0 ? $"real ({Real.Value.Entries.Count})" : size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public static FaqCorpus Corpus(int size) => size == 0 ? Real.Value : new FaqCorpus(SyntheticCorpus.Grow(Real.Value.Entries, size));

    public static FaqAnswerer Answerer(FaqIndex index) => new(new FaqSearch(index), Options.Create(FaqCliSetup.LoadContact()));

    /// <summary>The eval questions grouped by what the answerer does with them on this corpus.</summary>
    public static Dictionary<FaqOutcome, List<string>> ByOutcome(FaqAnswerer answerer) =>
        Questions.GroupBy(q => answerer.Answer(q).Outcome).ToDictionary(g => g.Key, g => g.ToList());
}
