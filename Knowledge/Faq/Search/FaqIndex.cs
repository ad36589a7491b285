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
/// built once and read-only afterwards. Also keeps, for the confidence measure, which entries hold each analyzed term.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    public const string TextField = "text";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly Dictionary<string, int> _docFrequencies;
    private readonly Dictionary<string, int[]> _termEntries;

    public FaqIndex(FaqCorpus corpus)
    {
        Corpus = corpus;
        var indexAnalyzer = new FaqAnalyzer();
        var docEntries = new List<int>();
        var termEntries = new Dictionary<string, List<int>>(StringComparer.Ordinal);
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
                foreach (var term in terms)
                {
                    if (!termEntries.TryGetValue(term, out var entries))
                        termEntries[term] = entries = [];
                    entries.Add(entryIndex);
                }
            }
            writer.ForceMerge(1);
        }
        indexAnalyzer.Dispose();
        _reader = DirectoryReader.Open(_directory);
        Analyzer = new FaqAnalyzer(SurfaceVocabulary(corpus));
        Searcher = new IndexSearcher(_reader) { Similarity = Similarity };
        DocEntries = docEntries.ToArray();
        _termEntries = termEntries.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _docFrequencies = ReadDocFrequencies(_reader);
    }

    public FaqCorpus Corpus { get; }

    /// <summary>The query-side analyzer, which also corrects typos against the corpus's words.</summary>
    public FaqAnalyzer Analyzer { get; }
    public IndexSearcher Searcher { get; }

    /// <summary>Entry index (into Corpus.Entries) of each Lucene document; documents keep insertion order in the one merged segment.</summary>
    public int[] DocEntries { get; }

    /// <summary>The entries (indexes into Corpus.Entries) whose questions or titles hold the analyzed term, ascending.</summary>
    public IReadOnlyList<int> EntriesWith(string term) => _termEntries.GetValueOrDefault(term) ?? [];
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
