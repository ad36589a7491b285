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
    private const int MaxCachedTerms = 20_000;

    // A term's clause costs most of a search when built afresh: the fuzzy query's rewrite walks Levenshtein automata over
    // the term dictionary, and every term lookup allocates a new enumerator. The index never changes, so each term's clause
    // is built once, fully rewritten, with its term statistics, and shared read-only by all searches.
    private readonly ConcurrentDictionary<string, Query> _clauses = new(StringComparer.Ordinal);

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
            query.Add(Clause(text), Occur.SHOULD);
        return query;
    }

    private Query Clause(string text)
    {
        if (_clauses.TryGetValue(text, out var cached))
            return cached;
        var reader = index.Searcher.IndexReader;
        var term = new Term(FaqIndex.TextField, text);
        var either = new DisjunctionMaxQuery(0f);
        either.Add(new TermQuery(term, TermContext.Build(index.Searcher.TopReaderContext, term)));
        var maxEdits = FuzzyTermMatch.MaxEdits(text);
        if (maxEdits > 0)
            either.Add(new FuzzyQuery(term, maxEdits, FuzzyTermMatch.PrefixLength) { Boost = FuzzyBoost });
        Query clause = either;
        // Rewritten until it stays the same, so that a search's own rewrite returns the shared clause instead of a copy.
        for (var rewritten = clause.Rewrite(reader); rewritten != clause; rewritten = clause.Rewrite(reader))
            clause = rewritten;
        // Bounded, as customers' typos are endless; past the bound a term's clause is simply built each time.
        if (_clauses.Count < MaxCachedTerms)
            _clauses.TryAdd(text, clause);
        return clause;
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
