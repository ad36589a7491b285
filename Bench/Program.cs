using System.Diagnostics;
using System.Globalization;
using Vivus.Advisor.Bench;
using Vivus.Advisor.Bench.EndToEnd;
using Vivus.Advisor.Bench.Search;

// search | bdn | e2e | profile | coldstart | all, with --quick for a short smoke run and --out FILE for the report.
var command = args.FirstOrDefault() ?? "help";
if (command == "coldparts")
{
    ColdParts.Measure(Console.Out);
    return 0;
}
var quick = args.Contains("--quick");
var report = new StringWriter();
var md = new Markdown(report);
var load = quick
    ? new LoadSettings(Int("--conversations", 16), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(Int("--seconds", 3)), TimeSpan.FromSeconds(Int("--jit-warmup", 1)))
    : new LoadSettings(Int("--conversations", 32), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(Int("--seconds", 15)), TimeSpan.FromSeconds(Int("--jit-warmup", 10)));

if (command is not ("search" or "bdn" or "e2e" or "turns" or "profile" or "coldstart" or "all"))
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project Bench -- <command> [options]
          search      FAQ search timing loop: median/p99/allocations per question and index build, real corpus, 1,000 and 10,000 entries
          bdn         the same through BenchmarkDotNet (mean, allocations per question; index build)
          e2e         FAQ, case intake and echo turns through Direct Line over loopback HTTP, side by side, with ratios
          turns       a turn's server-side work without HTTP, one thread: µs and allocations per turn, warm and with cold caches, per scenario,
                      and the advisor's message handling call by call
          profile     where a turn's time goes under load, stage by stage, FAQ, intake and echo
          coldstart   the Release bot as a child process: start to first answer, RSS after start and after 10,000 turns;
                      and what the first conversation pays for (coldparts, in a fresh process)
          all         everything above, one report
        options: --quick  --rounds N (search)  --slice-ms N (e2e: how long each scenario runs before the next)  --seconds N --conversations N (e2e, profile)
                   --jit-warmup N (e2e: at least N unmeasured seconds per server first, until the JIT settles)  --scenario faq|intake|echo (e2e, turns: that one alone, e.g. under dotnet-trace)
                   --runs N --turns N --r2r (coldstart)  --out FILE
        """);
    return command == "help" ? 0 : 2;
}

Machine.Describe(md, args);
var total = Stopwatch.StartNew();
if (command is "search" or "all")
    Pinned(() => SearchTiming.Run(md, Int("--rounds", quick ? 3 : 20)));
if (command is "bdn" or "all")
    Pinned(() => SearchBenchmarkRun.Run(md, quick));
var endToEnd = quick ? load : load with { Measured = TimeSpan.FromSeconds(Int("--seconds", 60)) };
if (command is "e2e" or "all")
    await EndToEndRun.RunAsync(md, endToEnd, TimeSpan.FromMilliseconds(Int("--slice-ms", 250)), Option("--scenario"));
if (command is "turns" or "all")
{
    await ServerTurns.RunAsync(md, Int("--turns", quick ? 2_000 : 60_000), Option("--scenario"));
    await BotLogicBreakdown.RunAsync(md);
}
if (command is "profile" or "all")
    await ProfileRun.RunAsync(md, load);
if (command is "coldstart" or "all")
{
    await ColdParts.RunAsync(md);
    await ColdStart.RunAsync(md, Int("--runs", quick ? 1 : 5), Int("--turns", quick ? 1_000 : 10_000), load.Conversations, args.Contains("--r2r"));
}
md.Line("");
md.Line($"_Bench run took {total.Elapsed.TotalMinutes:0.0} min._");

Console.WriteLine();
Console.WriteLine(report);
if (Option("--out") is { } path)
    File.WriteAllText(path, report.ToString());
return 0;

int Int(string name, int fallback) =>
    Option(name) is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : fallback;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

// The search runs on one core so a neighbour's build or the runtime's background threads disturb it less; the rest uses all.
void Pinned(Action measure)
{
    if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
    {
        measure();
        return;
    }
    var process = Process.GetCurrentProcess();
    var all = process.ProcessorAffinity;
    process.ProcessorAffinity = 1;
    try
    {
        measure();
    }
    finally
    {
        process.ProcessorAffinity = all;
    }
}
