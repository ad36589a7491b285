using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Vivus.Advisor.Knowledge.Faq.Analysis;

/// <summary>
/// Text analysis for FAQ questions and customer input, used at index and query time alike:
/// words → lower case → ASCII folding ("pożyczkę" → "pozyczke") → stop words → [spelling correction, query side]
/// → light Polish stemming → domain synonyms. Remaining typos are left to fuzzy term queries.
/// </summary>
/// <param name="vocabulary">The corpus's words for correcting typos in questions; null when indexing.</param>
/// <param name="stem">False gives the folded surface words that make up the vocabulary.</param>
public sealed class FaqAnalyzer(SpellingVocabulary? vocabulary = null, bool stem = true) : Analyzer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly CharArraySet _stopWords = FaqStopWords.Create();
    private readonly PlainTextTerms _plainText = new(vocabulary, stem);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, _stopWords);
        if (vocabulary is not null)
            stream = new SpellingCorrectionFilter(stream, vocabulary);
        if (stem)
            stream = new DomainSynonymFilter(new LightPolishStemFilter(stream));
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The analyzed terms of a text, in order, duplicates kept.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        return _plainText.TryAnalyze(text, terms) ? terms : LuceneTerms(text);
    }

    /// <summary>The terms as the Lucene chain makes them, which the index holds.</summary>
    internal List<string> LuceneTerms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
