namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>The maintainers' command line: picks the command named by the first argument.</summary>
public static class KnowledgeCli
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
    {
        var command = args.FirstOrDefault();
        switch (command)
        {
            case "hours": return HoursCommand.RunAsync(args[1..], input, output, error, inputRedirected);
            default:
                error.WriteLine(Usage);
                return Task.FromResult(command is null or "help" or "--help" ? 0 : 2);
        }
    }

    private const string Usage = """
        Vivus Advisor knowledge tools
        usage: dotnet run --project Knowledge -- <command> [options]
        """;
}
