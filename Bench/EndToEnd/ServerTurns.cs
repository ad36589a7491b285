using Process = System.Diagnostics.Process;
using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>
/// A turn's server-side work without HTTP, on one thread: the Direct Line service takes the message, the bot answers
/// through the adapter pipeline, the log is read after the watermark. Precise enough to compare one change at a time.
/// </summary>
public static class ServerTurns
{
    // Under load a core runs a dozen other requests between two turns of a conversation, so a turn finds little of its code
    // and data in the caches; touching this much memory before each turn evicts them all, a bound on that effect.
    private const int ColdCacheBytes = 32 * 1024 * 1024;
    private const int ColdTurns = 3_000;

    /// <param name="only">"faq", "intake" or "echo": that scenario alone, e.g. under dotnet-trace.</param>
    public static async Task RunAsync(Markdown md, int turns, string? only = null)
    {
        md.Heading($"A turn on the server without HTTP (one thread, {turns:N0} turns after as many unmeasured)");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var scenario in Scenario.All(only))
        {
            var (micros, cpuMicros, bytes, coldMicros) = await MeasureAsync(scenario, turns);
            rows.Add([scenario.Name, Markdown.Number(micros, "0.0"), Markdown.Number(cpuMicros, "0.0"), Markdown.Number(bytes / 1024.0, "0.0"), Markdown.Number(coldMicros, "0.0")]);
        }
        md.Table(["scenario", "µs per turn", "process CPU µs per turn", "KB allocated per turn", $"µs per turn, caches cold ({ColdTurns:N0} turns, {ColdCacheBytes >> 20} MB touched before each)"], rows);
    }

    /// <returns>Also the process's CPU time per turn, which a busy neighbour disturbs less than the elapsed time.</returns>
    private static async Task<(double Micros, double CpuMicros, double Bytes, double ColdMicros)> MeasureAsync(Scenario scenario, int turns)
    {
        await using var server = await BenchServer.StartAsync(scenario.Register);
        var conversations = server.Services.GetRequiredService<DirectLineConversations>();
        var store = server.Services.GetRequiredService<IDirectLineStore>();
        var conversation = new DirectLineConversation("bench-" + Guid.NewGuid().ToString("N"), "dl_bench", "pl-PL");
        const string serviceUrl = "http://127.0.0.1/v3/directline/";
        await conversations.StartAsync(conversation, serviceUrl, CancellationToken.None);
        var watermark = (await store.ReadAsync(conversation.Id, 0, CancellationToken.None))!.Watermark;
        var step = 0;

        async Task TurnAsync()
        {
            var message = new Activity(ActivityTypes.Message) { Text = scenario.Script[step].Message, Locale = "pl-PL" };
            step = (step + 1) % scenario.Script.Count;
            await conversations.PostAsync(conversation, message, serviceUrl, CancellationToken.None);
            watermark = (await store.ReadAsync(conversation.Id, watermark, CancellationToken.None))!.Watermark;
        }

        for (var i = 0; i < turns; i++)
            await TurnAsync();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < turns; i++)
            await TurnAsync();
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        var other = new byte[ColdCacheBytes];
        var cold = new Stopwatch();
        for (var i = 0; i < ColdTurns; i++)
        {
            for (var at = 0; at < other.Length; at += 64)
                other[at]++;
            cold.Start();
            await TurnAsync();
            cold.Stop();
        }
        return (elapsed.TotalMicroseconds / turns, cpu.TotalMicroseconds / turns, (double)allocated / turns, cold.Elapsed.TotalMicroseconds / ColdTurns);
    }
}
