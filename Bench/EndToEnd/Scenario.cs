using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bench.Search;
using Vivus.Advisor.Bot.Cases;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>A message a scripted customer sends and, if known, what the bot's reply must look like.</summary>
public sealed record ScriptStep(string Message, Regex? ExpectedReply);

/// <summary>What the load driver plays: which bot the app hosts and the messages each conversation sends, in a loop.</summary>
/// <param name="Bot">The bot the app hosts: null for the advisor as the app registers it, or a replacement.</param>
public sealed record Scenario(string Name, Func<IServiceProvider, IBot>? Bot, IReadOnlyList<ScriptStep> Script)
{
    /// <summary>Every conversation sends the script from its own offset, so concurrent turns differ.</summary>
    public bool StaggerStart { get; init; } = true;

    /// <summary>Each run of the script in a fresh conversation, for a script that leaves the dialog unfinished.</summary>
    public bool NewConversationEachRun { get; init; }

    public void Register(WebApplicationBuilder builder)
    {
        if (Bot is not null)
            builder.Services.AddTransient(Bot);
    }

    public static Scenario Faq() =>
        new("(a) advisor, FAQ questions", null, EvalQuestions());

    public static Scenario Echo() =>
        new("(c) echo baseline", _ => new EchoBot(), EvalQuestions());

    /// <summary>The case intake from Scenarios/case-intake.tsv; its steps only make sense in order.</summary>
    public static Scenario Intake() =>
        new("(b) advisor, case intake", null, LoadScript(IntakeScriptPath)) { StaggerStart = false };

    /// <summary>All three, or the one named "faq", "intake" or "echo".</summary>
    public static IReadOnlyList<Scenario> All(string? only = null) => only switch
    {
        null => [Faq(), Intake(), Echo()],
        "faq" => [Faq()],
        "intake" => [Intake()],
        "echo" => [Echo()],
        _ => throw new ArgumentException($"--scenario {only}: expected faq, intake or echo"),
    };

    public static string IntakeScriptPath => Path.Combine(AppContext.BaseDirectory, "Scenarios", "case-intake.tsv");

    // Questions that ask for a consultant start the case intake, which scenario (b) measures on its own.
    private static List<ScriptStep> EvalQuestions() =>
        SearchSetup.Questions.Where(q => !CaseRequestRecognizer.WantsHuman(q)).Select(q => new ScriptStep(q, null)).ToList();

    private static List<ScriptStep> LoadScript(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim() != "" && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new ScriptStep(parts[0], parts.Length > 1 && parts[1] != "" ? new Regex(parts[1]) : null))
            .ToList();
}
