using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bot.Bots;
using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// Where a turn's time goes: the same load with timing decorators around the client, the request pipeline,
/// the bot, the state storage and the Direct Line log, per scenario, as mean milliseconds per turn.
/// </summary>
public static class ProfileRun
{
    public static async Task RunAsync(Markdown md, LoadSettings settings)
    {
        md.Heading($"Where a turn's time goes (mean ms per turn, {settings.Conversations} concurrent conversations)");
        var faq = await MeasureAsync(Scenario.Faq(), settings);
        var echo = await MeasureAsync(Scenario.Echo(), settings);
        var intake = await MeasureIntakeAsync(settings);
        md.Table(intake.Rows is null ? ["stage", "(a) FAQ", "(c) echo", "(a) − (c)"] : ["stage", "(a) FAQ", "(b) intake", "(c) echo", "(a) − (c)"],
            faq.Select((row, i) => (IReadOnlyList<string>)(intake.Rows is null
                ? [row.Stage, Markdown.Ms(row.PerTurn), Markdown.Ms(echo[i].PerTurn), Markdown.Ms(row.PerTurn - echo[i].PerTurn)]
                : [row.Stage, Markdown.Ms(row.PerTurn), Markdown.Ms(intake.Rows[i].PerTurn), Markdown.Ms(echo[i].PerTurn), Markdown.Ms(row.PerTurn - echo[i].PerTurn)])));
        md.Line("");
        md.Line("Stages nest: client POST ⊃ server POST ⊃ bot turn ⊃ state and reply append. Under load, times include waiting for a core." +
            (intake.Rows is null ? $" Intake: {intake.Note}." : ""));
    }

    private static async Task<(List<(string Stage, double PerTurn)>? Rows, string Note)> MeasureIntakeAsync(LoadSettings settings)
    {
        var intake = Scenario.Intake();
        Scenario? runnable;
        string note;
        await using (var probe = await BenchServer.StartAsync(intake.Register))
            (runnable, note) = await IntakeProbe.CheckAsync(probe, intake);
        return (runnable is null ? null : await MeasureAsync(runnable, settings), note);
    }

    private static async Task<List<(string Stage, double PerTurn)>> MeasureAsync(Scenario scenario, LoadSettings settings)
    {
        var clock = new StageClock();
        await using var server = await BenchServer.StartAsync(builder => Instrument(builder, scenario, clock), new TimedClientHandler(clock));
        await LoadDriver.RunAsync(server, scenario, settings with { Measured = settings.WarmUp, WarmUp = TimeSpan.Zero });
        clock.Recording = true;
        var result = await LoadDriver.RunAsync(server, scenario, settings with { WarmUp = TimeSpan.Zero });
        clock.Recording = false;

        double PerTurn(string stage) => (clock[stage]?.Sum ?? 0) / result.Turns;
        var rows = new List<(string, double)>();
        foreach (var stage in new[] { Stage.ClientPost, Stage.ServerPost, Stage.BotTurn, Stage.StateRead, Stage.StateWrite, Stage.StorageOutside, Stage.AppendReply, Stage.AppendUser, Stage.ClientGet, Stage.ServerGet, Stage.ReadLog })
            rows.Add((stage, PerTurn(stage)));
        rows.Add(("= bot logic (FAQ search, hours, reply) = bot turn − state − reply append",
            PerTurn(Stage.BotTurn) - PerTurn(Stage.StateRead) - PerTurn(Stage.StateWrite) - PerTurn(Stage.AppendReply)));
        rows.Add(("= server POST outside the bot (auth, JSON parse, user append, routing, storage outside)",
            PerTurn(Stage.ServerPost) - PerTurn(Stage.BotTurn) - PerTurn(Stage.AppendUser)));
        rows.Add(("= HTTP and client for POST + GET (Kestrel, sockets, HttpClient, waiting for a core)",
            PerTurn(Stage.ClientPost) - PerTurn(Stage.ServerPost) + PerTurn(Stage.ClientGet) - PerTurn(Stage.ServerGet)));
        rows.Add(("client turn latency (median, ms)", result.Latencies.Median));
        return rows;
    }

    private static void Instrument(WebApplicationBuilder builder, Scenario scenario, StageClock clock)
    {
        builder.Services.AddTransient<IBot>(sp => new TimedBot(scenario.Bot?.Invoke(sp) ?? ActivatorUtilities.CreateInstance<AdvisorBot>(sp), clock));
        var storage = builder.Services.Last(d => d.ServiceType == typeof(IStorage)).ImplementationType!;
        builder.Services.AddSingleton<IStorage>(sp => new TimedStorage((IStorage)ActivatorUtilities.CreateInstance(sp, storage), clock));
        builder.Services.AddSingleton<IDirectLineStore>(sp => new TimedDirectLineStore(ActivatorUtilities.CreateInstance<InMemoryDirectLineStore>(sp), clock));
        builder.Services.AddSingleton<IStartupFilter>(new TimedRequestsFilter(clock));
    }
}
