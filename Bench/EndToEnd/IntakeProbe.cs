namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// Plays the intake script once and checks each reply against the script, so the load run drives only the steps the
/// advisor really has: all of them in a loop, the leading ones in a fresh conversation each time, or none.
/// </summary>
public static class IntakeProbe
{
    public static async Task<(Scenario? Runnable, string Note)> CheckAsync(BenchServer server, Scenario intake)
    {
        var session = await DirectLineSession.StartAsync(server.Client, CancellationToken.None);
        var passed = 0;
        string? failure = null;
        foreach (var step in intake.Script)
        {
            var reply = await session.TurnAsync(step.Message, CancellationToken.None);
            if (step.ExpectedReply is not null && !step.ExpectedReply.IsMatch(reply))
            {
                failure = $"the reply to \"{step.Message}\" does not match /{step.ExpectedReply}/: \"{Shorten(reply)}\"";
                break;
            }
            passed++;
        }
        return passed switch
        {
            0 => (null, $"not measured yet: the advisor has no case intake ({failure})"),
            _ when failure is null => (intake, $"all {passed} intake steps, repeated in one conversation"),
            _ => (intake with { Script = intake.Script.Take(passed).ToList(), NewConversationEachRun = true },
                $"only the first {passed} of {intake.Script.Count} steps ({failure}); a fresh conversation for each run"),
        };
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..80] + "…";
    }
}
