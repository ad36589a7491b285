using Lucene.Net.Index;
using Lucene.Net.Search;
using Vivus.Advisor.Knowledge.Faq.Evaluation;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

/// <summary>
/// The search adds up each term's kept hits instead of running one Lucene query per question: it must find the entries,
/// and the scores, that Lucene's BooleanQuery of the same term and fuzzy clauses gives, on every labelled question.
/// </summary>
public sealed class FaqSearchTests
{
    private static readonly FaqIndex Index = new(FaqTestCorpus.Real);

    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var path in new[] { EvalSet.DefaultPath, Path.Combine(Path.GetDirectoryName(EvalSet.DefaultPath)!, "holdout-set.tsv") })
            foreach (var question in EvalSet.Load(path).Select(c => c.Question))
                data.Add(question);
        return data;
    }

    [Theory, MemberData(nameof(Questions))]
    public void Finds_what_one_lucene_query_of_the_question_finds(string question)
    {
        var search = new FaqSearch(Index);

        var first = search.Search(question, 10);
        var again = search.Search(question, 10);

        var expected = LuceneBestScores(question);
        foreach (var candidate in first)
        {
            expected.Should().ContainKey(candidate.Entry.Id);
            candidate.LuceneScore.Should().BeApproximately(expected[candidate.Entry.Id], 1e-5f, candidate.Entry.Id);
        }
        again.Select(c => (c.Entry.Id, c.LuceneScore)).Should().Equal(first.Select(c => (c.Entry.Id, c.LuceneScore)), "kept hits score as fresh ones");
        first.Should().HaveCount(Math.Min(10, expected.Count));
    }

    // The reference: one BooleanQuery of every term's exact-or-fuzzy clause, top 40 documents, best score per entry.
    private static Dictionary<string, float> LuceneBestScores(string question)
    {
        var query = new BooleanQuery();
        foreach (var text in Index.Analyzer.LuceneTerms(question).Distinct())
        {
            var term = new Term(FaqIndex.TextField, text);
            var either = new DisjunctionMaxQuery(0f) { new TermQuery(term) };
            var maxEdits = FuzzyTermMatch.MaxEdits(text);
            if (maxEdits > 0)
                either.Add(new FuzzyQuery(term, maxEdits, FuzzyTermMatch.PrefixLength) { Boost = 0.6f });
            query.Add(either, Occur.SHOULD);
        }
        var best = new Dictionary<string, float>();
        foreach (var hit in Index.Searcher.Search(query, 40).ScoreDocs)
            best.TryAdd(FaqTestCorpus.Real.Entries[Index.DocEntries[hit.Doc]].Id, hit.Score);
        return best;
    }
}
