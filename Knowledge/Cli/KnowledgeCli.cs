namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>The maintainers' command line: picks the command named by the first argument.</summary>
public static class KnowledgeCli
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
    {
        var command = args.FirstOrDefault();
        switch (command)
        {
            case "ask":
                return Task.FromResult(AskCommand.Run(args, input, output, error, inputRedirected));
            case "check":
                return Task.FromResult(CheckCommand.Run(args, output, error));
            case "eval":
                return Task.FromResult(EvalCommand.Run(args, output, error));
            case "hours":
                return HoursCommand.RunAsync(args[1..], input, output, error, inputRedirected);
            default:
                error.WriteLine(Usage);
                return Task.FromResult(command is null or "help" or "--help" ? 0 : 2);
        }
    }

    private const string Usage = """
        Vivus Advisor knowledge tools
        usage: dotnet run --project Knowledge -- <command> [options]
          ask "QUESTION" [--json] [--corpus DIR]   answer a question (no question + piped input: one per line)
          check [--corpus DIR]                     validate the FAQ corpus
          eval [FILE] [--corpus DIR]               run a labelled set (default: Evaluation/eval-set.tsv)
          hours [--at 2026-12-24T10:00] [--json]   is the hotline open at a local time (default: now)
        """;
}
