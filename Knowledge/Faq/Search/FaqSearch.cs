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
    // About 16 MB of kept hits and entry bits: the real corpus's whole vocabulary fits many times over; a corpus of
    // 10,000 entries keeps its common terms.
    private const long MaxCachedSize = 2_000_000;

    // With BM25 a question's score is the sum of its terms' clause scores (no coordination factor or query norm), and the
    // index never changes, so each term's clause is run once: its fuzzy rewrite walks Levenshtein automata over the term
    // dictionary, and its scorers allocate postings buffers, which together were most of a search. Searches then add up
    // the kept hits, exactly as Lucene's BooleanQuery of the same clauses would score them. Which entries hold the term
    // is kept with them: asked per candidate and term, it was most of what remained.
    private readonly ConcurrentDictionary<string, QueryTerm> _terms = new(StringComparer.Ordinal);
    private long _cachedSize;
    private readonly FuzzyNeighbours _fuzzyNeighbours = new(index.Vocabulary);

    public FaqIndex Index => index;

    public IReadOnlyList<FaqCandidate> Search(string question, int maxCandidates = 5)
    {
        var terms = QueryTerms(question);
        if (terms.Length == 0)
            return [];
        var hits = TopHits(terms, index.DocEntries.Length);
        var totalWeight = 0.0;
        foreach (var term in terms)
            totalWeight += term.Weight;
        var topScore = hits.Length > 0 ? hits[0].Score : 1f;
        var seen = new ulong[(index.Corpus.Entries.Count + 63) >> 6];
        var top = new List<FaqCandidate>(maxCandidates + 1);
        // An entry's best-ranked question speaks for it; the best candidates are kept in order as they come.
        foreach (var (doc, luceneScore) in hits)
        {
            var entry = index.DocEntries[doc];
            if ((seen[entry >> 6] & (1UL << entry)) != 0)
                continue;
            seen[entry >> 6] |= 1UL << entry;
            var coverage = Coverage(terms, totalWeight, entry);
            var score = coverage * Math.Pow(luceneScore / topScore, 0.7);
            // After the candidates scoring the same, so equal scores keep Lucene's order.
            var at = top.Count;
            while (at > 0 && top[at - 1].Score < score)
                at--;
            if (at >= maxCandidates)
                continue;
            top.Insert(at, new FaqCandidate(index.Corpus.Entries[entry], luceneScore, coverage) { Score = score });
            if (top.Count > maxCandidates)
                top.RemoveAt(maxCandidates);
        }
        return top;
    }

    // The question's distinct terms, in order.
    private QueryTerm[] QueryTerms(string question)
    {
        var texts = index.Analyzer.Terms(question);
        var terms = new List<QueryTerm>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
                repeated = texts[j] == texts[i];
            if (!repeated)
                terms.Add(Term(texts[i]));
        }
        return [.. terms];
    }

    /// <summary>The best-scoring documents, highest first and, on equal scores, in document order (as Lucene ranks them).</summary>
    private static (int Doc, float Score)[] TopHits(QueryTerm[] terms, int documentCount)
    {
        // Summed per document in the thread's buffers: a dictionary of them was a search's largest allocation.
        var buffers = t_sums is { } kept && kept.Scores.Length >= documentCount ? kept : t_sums = new ScoreSums(documentCount);
        var (scores, docs, keys) = (buffers.Scores, buffers.Docs, buffers.Keys);
        var count = 0;
        try
        {
            foreach (var term in terms)
            {
                var hits = term.Hits;
                for (var i = 0; i < hits.Docs.Length; i++)
                {
                    var doc = hits.Docs[i];
                    if (float.IsNaN(scores[doc]))
                    {
                        scores[doc] = 0f;
                        docs[count++] = doc;
                    }
                    scores[doc] += hits.Scores[i];
                }
            }
            // Sorted as numbers, score descending then document ascending, instead of through a comparison delegate.
            for (var i = 0; i < count; i++)
                keys[i] = ((ulong)~SortableBits(scores[docs[i]]) << 32) | (uint)docs[i];
            var sorted = keys.AsSpan(0, count);
            sorted.Sort();
            var ranked = new (int Doc, float Score)[Math.Min(count, LuceneHits)];
            for (var i = 0; i < ranked.Length; i++)
            {
                var doc = (int)(uint)sorted[i];
                ranked[i] = (doc, scores[doc]);
            }
            return ranked;
        }
        finally
        {
            for (var i = 0; i < count; i++)
                scores[docs[i]] = float.NaN;
        }
    }

    // A float's bits as an unsigned number in the float's order (for all but NaN).
    private static uint SortableBits(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return (bits & 0x8000_0000) != 0 ? ~bits : bits | 0x8000_0000;
    }

    [ThreadStatic]
    private static ScoreSums? t_sums;

    /// <summary>A score per document, NaN where the search has none, the documents it has scored, and room to sort them.</summary>
    private sealed class ScoreSums
    {
        public ScoreSums(int documentCount)
        {
            Scores = new float[documentCount];
            Array.Fill(Scores, float.NaN);
            Docs = new int[documentCount];
            Keys = new ulong[documentCount];
        }

        public float[] Scores { get; }

        public int[] Docs { get; }

        public ulong[] Keys { get; }
    }

    private QueryTerm Term(string text)
    {
        if (_terms.TryGetValue(text, out var known))
            return known;
        var heldBy = QueryTerm.EntryBits(index.Corpus.Entries.Count,
            _fuzzyNeighbours.Of(text).Select(index.EntriesWith).Prepend(index.EntriesWith(text)));
        var term = new QueryTerm(Hits(text), Weight(text), heldBy);
        // Bounded, as customers' typos are endless; past the bound a term is simply worked out each time.
        if (Interlocked.Read(ref _cachedSize) + term.Size <= MaxCachedSize && _terms.TryAdd(text, term))
            Interlocked.Add(ref _cachedSize, term.Size);
        return term;
    }

    private TermHits Hits(string text)
    {
        var term = new Term(FaqIndex.TextField, text);
        var either = new DisjunctionMaxQuery(0f) { new TermQuery(term) };
        var maxEdits = FuzzyTermMatch.MaxEdits(text);
        if (maxEdits > 0)
            either.Add(new FuzzyQuery(term, maxEdits, FuzzyTermMatch.PrefixLength) { Boost = FuzzyBoost });
        return TermHits.Collect(index.Searcher, either);
    }

    // Rare terms say more about the topic; a term the corpus has never seen weighs most, which pulls out-of-domain questions down.
    private double Weight(string term)
    {
        var n = index.DocumentCount;
        var df = index.DocFrequency(term);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>The weighted share of the question's terms the entry holds, as written or within their typo tolerance.</summary>
    private static double Coverage(QueryTerm[] terms, double totalWeight, int entry)
    {
        var covered = 0.0;
        foreach (var term in terms)
            if (term.IsHeldBy(entry))
                covered += term.Weight;
        return totalWeight > 0 ? covered / totalWeight : 0;
    }
}
