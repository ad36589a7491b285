using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>Every document one query term's clause matches, with the score Lucene gives it, in document order.</summary>
public sealed class TermHits(int[] docs, float[] scores)
{
    public int[] Docs { get; } = docs;

    public float[] Scores { get; } = scores;

    public static TermHits Collect(IndexSearcher searcher, Query clause)
    {
        var collector = new AllHitsCollector();
        searcher.Search(clause, collector);
        return new TermHits([.. collector.Docs], [.. collector.Scores]);
    }

    private sealed class AllHitsCollector : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<int> Docs { get; } = [];

        public List<float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            Docs.Add(_docBase + doc);
            Scores.Add(_scorer!.GetScore());
        }
    }
}
