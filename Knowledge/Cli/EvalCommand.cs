using System.Globalization;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Evaluation;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>eval [FILE] [--corpus DIR]: runs a labelled set and prints accuracy, no-answer precision/recall and the misses.</summary>
public static class EvalCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var path = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != FaqCliSetup.CorpusDirectory(args))
                   ?? EvalSet.DefaultPath;
        try
        {
            var answerer = FaqCliSetup.CreateAnswerer(FaqCorpusLoader.LoadChecked(FaqCliSetup.CorpusDirectory(args)), FaqCliSetup.LoadContact());
            Print(EvalRunner.Run(answerer, EvalSet.Load(path)), output);
            return 0;
        }
        catch (Exception e) when (e is FaqCorpusException or FormatException or IOException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    public static void Print(EvalReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "in-domain questions: {0}", report.InDomain));
        output.WriteLine(string.Format(c, "top-1 accuracy:      {0:P1} ({1})", report.Top1Accuracy, report.Top1));
        output.WriteLine(string.Format(c, "top-3 accuracy:      {0:P1} ({1})", report.Top3Accuracy, report.Top3));
        output.WriteLine(string.Format(c, "answered directly:   {0}", report.DirectlyAnswered));
        output.WriteLine(string.Format(c, "out-of-domain:       {0}", report.OutOfDomain));
        output.WriteLine(string.Format(c, "no-answer recall:    {0:P1} ({1} of {2} out-of-domain got \"don't know\")", report.NoAnswerRecall, report.OutOfDomainUnknown, report.OutOfDomain));
        output.WriteLine(string.Format(c, "no-answer precision: {0:P1} ({1} of {2} \"don't know\" replies were out-of-domain)", report.NoAnswerPrecision, report.OutOfDomainUnknown, report.UnknownReplies));
        output.WriteLine($"misses: {report.Misses.Count}");
        foreach (var miss in report.Misses)
            output.WriteLine(string.Format(c, "  line {0}: \"{1}\" expected {2}, got {3} [{4}] score {5:0.00}",
                miss.Case.Line, miss.Case.Question, miss.Case.ExpectedId ?? EvalSet.NoAnswer, miss.Outcome, string.Join(", ", miss.Offered), miss.Score));
    }
}
