using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>
/// ask "QUESTION" [--json] [--corpus DIR]: answers one question; with no question and redirected input,
/// answers one question per line.
/// </summary>
public sealed class AskCommand(FaqAnswerer answerer)
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
    {
        var json = args.Contains("--json");
        var question = Question(args);
        if (question is null && !inputRedirected)
        {
            error.WriteLine("usage: ask \"QUESTION\" [--json] [--corpus DIR], or pipe questions one per line");
            return 2;
        }
        FaqAnswerer answerer;
        try
        {
            answerer = FaqCliSetup.CreateAnswerer(FaqCorpusLoader.LoadChecked(FaqCliSetup.CorpusDirectory(args)), FaqCliSetup.LoadContact());
        }
        catch (FaqCorpusException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        var command = new AskCommand(answerer);
        if (question is not null)
            command.Write(question, json, output);
        else
            command.RunBatch(input, output, json);
        return 0;
    }

    public void RunBatch(TextReader input, TextWriter output, bool json)
    {
        while (input.ReadLine() is { } line)
            if (!string.IsNullOrWhiteSpace(line))
                Write(line, json, output);
    }

    public void Write(string question, bool json, TextWriter output)
    {
        var answer = answerer.Answer(question);
        output.WriteLine(json ? FaqAnswerJson.Serialize(answer) : Readable(answer));
    }

    private string Readable(FaqAnswer answer) => answer.Outcome switch
    {
        FaqOutcome.Answered => $"[{answer.Entry!.Id}, {answer.Score:0.00}]{Environment.NewLine}{answer.AnswerText}"
                               + string.Concat(answer.FollowUps.Select(f => $"{Environment.NewLine}  → {f.Question}")),
        FaqOutcome.DidYouMean => FaqReplies.DidYouMeanText(answer.Language)
                                 + string.Concat(answer.Suggestions.Select(s => $"{Environment.NewLine}  - {s.Question} ({s.Id})")),
        _ => answerer.NotKnownText(answer.Language),
    };

    private static string? Question(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--corpus") i++;
            else if (args[i] != "--json") words.Add(args[i]);
        }
        return words.Count > 0 ? string.Join(' ', words) : null;
    }
}
