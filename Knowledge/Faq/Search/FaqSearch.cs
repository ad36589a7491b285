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
    // About 16 MB of kept hits: the real corpus's whole vocabulary fits many times over; a corpus of 10,000 entries keeps
    // its common terms.
    private const long MaxCachedHits = 2_000_000;

    // With BM25 a question's score is the sum of its terms' clause scores (no coordination factor or query norm), and the
    // index never changes, so each term's clause is run once: its fuzzy rewrite walks Levenshtein automata over the term
    // dictionary, and its scorers allocate postings buffers, which together were most of a search. Searches then add up
    // the kept hits, exactly as Lucene's BooleanQuery of the same clauses would score them.
    private readonly ConcurrentDictionary<string, TermHits> _termHits = new(StringComparer.Ordinal);
    private long _cachedHits;
    private readonly FuzzyNeighbours _fuzzyNeighbours = new(index.Vocabulary);

    public FaqIndex Index => index;

    public IReadOnlyList<FaqCandidate> Search(string question, int maxCandidates = 5)
    {
        var terms = index.Analyzer.Terms(question).Distinct().ToList();
        if (terms.Count == 0)
            return [];
        var hits = TopHits(terms);
        var weights = terms.Select(Weight).ToArray();
        var totalWeight = weights.Sum();
        var neighbours = terms.Select(_fuzzyNeighbours.Of).ToArray();
        var best = new Dictionary<int, float>();
        foreach (var (doc, score) in hits)
            best.TryAdd(index.DocEntries[doc], score);
        var topScore = hits.Length > 0 ? hits[0].Score : 1f;
        return best
            .Select(pair =>
            {
                var coverage = Coverage(terms, neighbours, weights, totalWeight, index.EntryTerms[pair.Key]);
                return new FaqCandidate(index.Corpus.Entries[pair.Key], pair.Value, coverage)
                {
                    Score = coverage * Math.Pow(pair.Value / topScore, 0.7),
                };
            })
            .OrderByDescending(c => c.Score)
            .Take(maxCandidates)
            .ToList();
    }

    /// <summary>The best-scoring documents, highest first and, on equal scores, in document order (as Lucene ranks them).</summary>
    private (int Doc, float Score)[] TopHits(IReadOnlyList<string> terms)
    {
        var scores = new Dictionary<int, float>();
        foreach (var text in terms)
        {
            var hits = Hits(text);
            for (var i = 0; i < hits.Docs.Length; i++)
                scores[hits.Docs[i]] = scores.GetValueOrDefault(hits.Docs[i]) + hits.Scores[i];
        }
        var ranked = new (int Doc, float Score)[scores.Count];
        var next = 0;
        foreach (var (doc, score) in scores)
            ranked[next++] = (doc, score);
        Array.Sort(ranked, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return ranked.Length <= LuceneHits ? ranked : ranked[..LuceneHits];
    }

    private TermHits Hits(string text)
    {
        if (_termHits.TryGetValue(text, out var cached))
            return cached;
        var term = new Term(FaqIndex.TextField, text);
        var either = new DisjunctionMaxQuery(0f) { new TermQuery(term) };
        var maxEdits = FuzzyTermMatch.MaxEdits(text);
        if (maxEdits > 0)
            either.Add(new FuzzyQuery(term, maxEdits, FuzzyTermMatch.PrefixLength) { Boost = FuzzyBoost });
        var hits = TermHits.Collect(index.Searcher, either);
        // Bounded, as customers' typos are endless; past the bound a term's clause is simply run each time.
        if (Interlocked.Read(ref _cachedHits) + hits.Docs.Length <= MaxCachedHits && _termHits.TryAdd(text, hits))
            Interlocked.Add(ref _cachedHits, hits.Docs.Length);
        return hits;
    }

    // Rare terms say more about the topic; a term the corpus has never seen weighs most, which pulls out-of-domain questions down.
    private double Weight(string term)
    {
        var n = index.DocumentCount;
        var df = index.DocFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>The weighted share of the question's terms the entry holds, as written or within their typo tolerance.</summary>
    private static double Coverage(IReadOnlyList<string> terms, string[][] neighbours, double[] weights, double totalWeight, HashSet<string> entryTerms)
    {
        var covered = 0.0;
        for (var i = 0; i < terms.Count; i++)
            if (entryTerms.Contains(terms[i]) || HoldsAny(entryTerms, neighbours[i]))
                covered += weights[i];
        return totalWeight > 0 ? covered / totalWeight : 0;
    }

    private static bool HoldsAny(HashSet<string> entryTerms, string[] words)
    {
        foreach (var word in words)
            if (entryTerms.Contains(word))
                return true;
        return false;
    }
}
