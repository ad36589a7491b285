using Vivus.Advisor.Knowledge.Faq.Corpus;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>check [--corpus DIR]: validates the corpus, one line per problem, non-zero exit if any.</summary>
public static class CheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var directory = FaqCliSetup.CorpusDirectory(args);
        FaqCorpus corpus;
        try
        {
            corpus = FaqCorpusLoader.Load(directory);
        }
        catch (FaqCorpusException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        var problems = FaqCorpusChecker.Check(corpus);
        foreach (var problem in problems)
            error.WriteLine(problem);
        if (problems.Count > 0)
        {
            error.WriteLine($"{problems.Count} problem(s) in {directory}");
            return 1;
        }
        output.WriteLine($"Corpus OK: {corpus.Entries.Count} entries, {corpus.Entries.Sum(e => e.AllQuestions.Count())} questions in {directory}");
        return 0;
    }
}
