using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>
/// Finds the entries matching a customer's question. The text only ever goes through the analyzer and becomes
/// explicit term and fuzzy queries, so quotes, AND, *, ~, : or brackets are plain words, never query syntax.
/// Thread-safe: the index is read-only and Lucene's searcher and analyzer are safe for concurrent use.
/// </summary>
public sealed class FaqSearch(FaqIndex index)
{
    private const int LuceneHits = 40;
    private const float FuzzyBoost = 0.6f;
    private const int MaxCachedFuzzyTerms = 20_000;

    // A fuzzy query's rewrite (Levenshtein automata walked over the term dictionary) is most of a search's time and
    // allocations; the index never changes, so a term's rewritten query is the same every time and is kept.
    private readonly ConcurrentDictionary<string, Query> _fuzzyRewrites = new(StringComparer.Ordinal);

    public FaqIndex Index => index;

    public IReadOnlyList<FaqCandidate> Search(string question, int maxCandidates = 5)
    {
        var terms = index.Analyzer.Terms(question).Distinct().ToList();
        if (terms.Count == 0)
            return [];
        // In-order collection makes Lucene score with BooleanScorer2 instead of BooleanScorer, whose table of 2,048 buckets
        // was allocated anew for every search (~100 of ~165 KB per question); the hits are the same.
        var collector = TopScoreDocCollector.Create(LuceneHits, docsScoredInOrder: true);
        index.Searcher.Search(BuildQuery(terms), collector);
        var hits = collector.GetTopDocs().ScoreDocs;
        var weights = terms.Select(Weight).ToArray();
        var totalWeight = weights.Sum();
        var best = new Dictionary<int, float>();
        foreach (var hit in hits)
            best.TryAdd(index.DocEntries[hit.Doc], hit.Score);
        var topScore = hits.Length > 0 ? hits[0].Score : 1f;
        return best
            .Select(pair =>
            {
                var coverage = Coverage(terms, weights, totalWeight, index.EntryTerms[pair.Key]);
                return new FaqCandidate(index.Corpus.Entries[pair.Key], pair.Value, coverage)
                {
                    Score = coverage * Math.Pow(pair.Value / topScore, 0.7),
                };
            })
            .OrderByDescending(c => c.Score)
            .Take(maxCandidates)
            .ToList();
    }

    private BooleanQuery BuildQuery(IReadOnlyList<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var text in terms)
        {
            var term = new Term(FaqIndex.TextField, text);
            var either = new DisjunctionMaxQuery(0f);
            either.Add(new TermQuery(term));
            var maxEdits = FuzzyTermMatch.MaxEdits(text);
            if (maxEdits > 0)
                either.Add(Fuzzy(term, maxEdits));
            query.Add(either, Occur.SHOULD);
        }
        return query;
    }

    private Query Fuzzy(Term term, int maxEdits)
    {
        if (_fuzzyRewrites.TryGetValue(term.Text, out var cached))
            return cached;
        var rewritten = new FuzzyQuery(term, maxEdits, FuzzyTermMatch.PrefixLength) { Boost = FuzzyBoost }.Rewrite(index.Searcher.IndexReader);
        // Bounded, as customers' typos are endless; past the bound a term is simply rewritten each time.
        if (_fuzzyRewrites.Count < MaxCachedFuzzyTerms)
            _fuzzyRewrites.TryAdd(term.Text, rewritten);
        return rewritten;
    }

    // Rare terms say more about the topic; a term the corpus has never seen weighs most, which pulls out-of-domain questions down.
    private double Weight(string term)
    {
        var n = index.DocumentCount;
        var df = index.DocFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static double Coverage(IReadOnlyList<string> terms, double[] weights, double totalWeight, HashSet<string> entryTerms)
    {
        var covered = 0.0;
        for (var i = 0; i < terms.Count; i++)
            if (entryTerms.Contains(terms[i]) || entryTerms.Any(t => FuzzyTermMatch.Matches(terms[i], t)))
                covered += weights[i];
        return totalWeight > 0 ? covered / totalWeight : 0;
    }
}
