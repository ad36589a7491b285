using Vivus.Advisor.Knowledge.Faq.Analysis;
using Vivus.Advisor.Knowledge.Faq.Evaluation;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

/// <summary>
/// The analyzer's one-pass terms of plain text stand for the Lucene chain, whose terms the index holds: every question
/// must give the same terms either way, or a customer's question would miss entries it matches today.
/// </summary>
public sealed class PlainTextTermsTests
{
    private static readonly FaqIndex Index = new(FaqTestCorpus.Real);

    // The search's analyzer (spelling against the corpus), the index's, and the one that lists the corpus's surface words.
    public static TheoryData<string> Analyzers() => ["query", "index", "surface"];

    private static FaqAnalyzer Analyzer(string name) => name switch
    {
        "query" => Index.Analyzer,
        "index" => new FaqAnalyzer(),
        _ => new FaqAnalyzer(stem: false),
    };

    [Theory, MemberData(nameof(Analyzers))]
    public void Every_labelled_and_corpus_question_gets_the_lucene_chains_terms(string analyzerName)
    {
        var analyzer = Analyzer(analyzerName);
        var questions = LabelledQuestions().Concat(FaqTestCorpus.Real.Entries.SelectMany(e => e.AllQuestions)).ToList();

        foreach (var question in questions)
            analyzer.Terms(question).Should().Equal(analyzer.LuceneTerms(question), question);
        questions.Count(q => new PlainTextTerms(null, true).TryAnalyze(q, [])).Should().BeGreaterThan(questions.Count * 9 / 10,
            "nearly every question is plain text, so the comparison above is of the one-pass path");
    }

    [Theory, MemberData(nameof(Analyzers))]
    public void Random_texts_get_the_lucene_chains_terms(string analyzerName)
    {
        var analyzer = Analyzer(analyzerName);
        var random = new Random(20261126);
        var words = LabelledQuestions().SelectMany(q => q.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();

        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random, words);
            analyzer.Terms(text).Should().Equal(analyzer.LuceneTerms(text), $"\"{text}\"");
        }
    }

    [Theory]
    [InlineData("e-mail kontakt@vivus.pl", "e", "mail", "kontakt", "vivus.pl")]
    [InlineData("o 8:00 lub 22.206,50 zł", "8", "00", "lub", "22.206,50", "zl")]
    [InlineData("a:b a,b a;b 1:2 1,2 1;2 x.1 1.x don't", "a:b", "b", "b", "1", "2", "1,2", "1;2", "x", "1", "1", "x", "don't")]
    public void Splits_words_where_the_standard_tokenizer_does(string text, params string[] words) =>
        new FaqAnalyzer(stem: false).Terms(text).Should().Equal(words.Where(w => !FaqStopWords.Words.Contains(w)));

    [Theory]
    [InlineData("café")]
    [InlineData("mój_login")]
    [InlineData("numer ’telefonu’")]
    [InlineData("Ölçü 😀 infolinia")]
    public void Leaves_other_characters_to_the_lucene_chain(string text)
    {
        new PlainTextTerms(null, true).TryAnalyze(text, []).Should().BeFalse();
        new FaqAnalyzer().Terms(text).Should().Equal(new FaqAnalyzer().LuceneTerms(text));
    }

    [Fact]
    public void Leaves_a_word_longer_than_the_tokenizer_takes_to_the_lucene_chain()
    {
        var text = "infolinia " + new string('a', 256);
        var terms = new List<string>();

        new PlainTextTerms(null, true).TryAnalyze(text, terms).Should().BeFalse();
        terms.Should().BeEmpty();
        new FaqAnalyzer().Terms(text).Should().Equal(new FaqAnalyzer().LuceneTerms(text));
    }

    private static IEnumerable<string> LabelledQuestions() =>
        new[] { EvalSet.DefaultPath, Path.Combine(Path.GetDirectoryName(EvalSet.DefaultPath)!, "holdout-set.tsv") }
            .SelectMany(path => EvalSet.Load(path).Select(c => c.Question));

    // Real words, changed in case and diacritics, and runs of letters, digits and every punctuation mark either path knows,
    // so words meet every joining and separating mark on both sides; now and then a character only the Lucene chain takes.
    private static string RandomText(Random random, string[] words)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCXYZąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
        const string marks = " \t\r\n?!-()\"/@+%&*#=<>[]{}|~$^`\\:,;.'";
        const string others = "_’é€ü\u00a0";
        var text = new System.Text.StringBuilder();
        var parts = random.Next(0, 8);
        for (var p = 0; p < parts; p++)
        {
            switch (random.Next(6))
            {
                case 0 or 1:
                    var word = words[random.Next(words.Length)];
                    text.Append(random.Next(4) == 0 ? word.ToUpperInvariant() : word);
                    break;
                case 2:
                    for (var i = random.Next(1, 6); i > 0; i--)
                        text.Append(letters[random.Next(letters.Length)]);
                    break;
                case 3:
                    for (var i = random.Next(1, 5); i > 0; i--)
                        text.Append((char)('0' + random.Next(10)));
                    break;
                case 4:
                    text.Append(marks[random.Next(marks.Length)]);
                    break;
                default:
                    if (random.Next(10) == 0)
                        text.Append(others[random.Next(others.Length)]);
                    else
                        text.Append(' ');
                    break;
            }
        }
        return text.ToString();
    }
}
