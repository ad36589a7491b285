using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Vivus.Advisor.Knowledge.Faq.Analysis;
using Vivus.Advisor.Knowledge.Faq.Corpus;

namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>
/// The in-memory Lucene index of every question and title of the corpus, one document per question,
/// built once and read-only afterwards. Also keeps each entry's set of analyzed terms for the confidence measure.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    public const string TextField = "text";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly Dictionary<string, int> _docFrequencies;

    public FaqIndex(FaqCorpus corpus)
    {
        Corpus = corpus;
        var indexAnalyzer = new FaqAnalyzer();
        var docEntries = new List<int>();
        var entryTerms = new List<HashSet<string>>();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, indexAnalyzer) { Similarity = Similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var entryIndex = 0; entryIndex < corpus.Entries.Count; entryIndex++)
            {
                var entry = corpus.Entries[entryIndex];
                var terms = new HashSet<string>(StringComparer.Ordinal);
                foreach (var question in Questions(entry))
                {
                    writer.AddDocument([new TextField(TextField, question, Field.Store.NO)]);
                    docEntries.Add(entryIndex);
                    terms.UnionWith(indexAnalyzer.Terms(question));
                }
                entryTerms.Add(terms);
            }
            writer.ForceMerge(1);
        }
        indexAnalyzer.Dispose();
        _reader = DirectoryReader.Open(_directory);
        Analyzer = new FaqAnalyzer(SurfaceVocabulary(corpus));
        Searcher = new IndexSearcher(_reader) { Similarity = Similarity };
        DocEntries = docEntries.ToArray();
        EntryTerms = entryTerms;
        _docFrequencies = ReadDocFrequencies(_reader);
    }

    public FaqCorpus Corpus { get; }

    /// <summary>The query-side analyzer, which also corrects typos against the corpus's words.</summary>
    public FaqAnalyzer Analyzer { get; }
    public IndexSearcher Searcher { get; }

    /// <summary>Entry index (into Corpus.Entries) of each Lucene document; documents keep insertion order in the one merged segment.</summary>
    public int[] DocEntries { get; }

    public IReadOnlyList<HashSet<string>> EntryTerms { get; }
    public int DocumentCount => _reader.NumDocs;

    public int DocFrequency(string term) => _docFrequencies.GetValueOrDefault(term);

    /// <summary>Every analyzed word of the index.</summary>
    public IReadOnlyCollection<string> Vocabulary => _docFrequencies.Keys;

    // Read once: the index never changes, and a term dictionary lookup allocates a new enumerator every time.
    private static Dictionary<string, int> ReadDocFrequencies(IndexReader reader)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, TextField)?.GetEnumerator();
        while (terms?.MoveNext() == true)
            frequencies[terms.Term.Utf8ToString()] = terms.DocFreq;
        return frequencies;
    }

    private static readonly Similarity Similarity = new BM25Similarity();

    private static SpellingVocabulary SurfaceVocabulary(FaqCorpus corpus)
    {
        using var surface = new FaqAnalyzer(stem: false);
        return new SpellingVocabulary(corpus.Entries.SelectMany(Questions).SelectMany(surface.Terms));
    }

    private static IEnumerable<string> Questions(FaqEntry entry) =>
        entry.AllQuestions.Append(entry.Title.Pl).Append(entry.Title.En).Where(q => q != "");

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
