using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Vivus.Advisor.Bench.EndToEnd;

namespace Vivus.Advisor.Bench;

/// <summary>
/// The Release build of the bot as a child process (`dotnet Vivus.Advisor.Bot.dll`, Production, a free loopback port):
/// time from process start to listening and to the first answered message over Direct Line, and resident memory
/// after start and after many turns; per runtime variant, set by DOTNET_ environment variables so no rebuild is needed.
/// </summary>
public static class ColdStart
{
    private const string FirstQuestion = "Jak mogę się z Wami skontaktować?";

    private static readonly (string Label, Dictionary<string, string> Environment)[] Variants =
    [
        ("as built (Bot.csproj settings)", []),
        ("server GC", new() { ["DOTNET_gcServer"] = "1" }),
        ("workstation GC", new() { ["DOTNET_gcServer"] = "0" }),
        ("workstation GC, no TieredPGO", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_TieredPGO"] = "0" }),
    ];

    /// <param name="readyToRun">Also publish the bot ReadyToRun (precompiled; needs the runtime packs from the registry) and measure that.</param>
    public static async Task RunAsync(Markdown md, int runs, int turns, int conversations, bool readyToRun)
    {
        var root = RepositoryRoot();
        var builds = new List<(string Label, string Dll)> { ("Release build", ReleaseBuild(root)) };
        if (readyToRun)
            builds.Add(("ReadyToRun publish", await PublishReadyToRunAsync(root)));
        md.Heading($"Cold start and memory: `dotnet Vivus.Advisor.Bot.dll` (Production, loopback), median of {runs} starts; RSS after {turns:N0} FAQ turns");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (build, dll) in builds)
            foreach (var (label, environment) in Variants)
                rows.Add(await MeasureAsync($"{build}, {label}", dll, environment, runs, turns, conversations));
        md.Table(["variant", "to listening ms", "to conversation started ms", "to first answer ms", "RSS after start MB",
            $"RSS after {turns:N0} turns MB", "peak RSS MB"], rows);
        md.Line("");
        md.Line("Conversation started: the welcome turn, which builds the FAQ index and the time recognizers (first resolve of the bot).");
    }

    private static async Task<IReadOnlyList<string>> MeasureAsync(
        string label, string dll, Dictionary<string, string> environment, int runs, int turns, int conversations)
    {
        var listening = new Latencies();
        var started = new Latencies();
        var answered = new Latencies();
        var rssAfterStart = new Latencies();
        for (var run = 0; run < runs; run++)
        {
            using var bot = await BotProcess.StartAsync(dll, environment);
            listening.Add(bot.Listening.TotalMilliseconds);
            started.Add(bot.ConversationStarted.TotalMilliseconds);
            answered.Add(bot.FirstAnswer.TotalMilliseconds);
            rssAfterStart.Add(bot.ResidentMb());
        }
        using var loaded = await BotProcess.StartAsync(dll, environment);
        using var http = new HttpClient(BenchServer.WithSockets(null)) { BaseAddress = loaded.Address };
        var scenario = Scenario.Faq();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(i => Task.Run(async () =>
        {
            var session = await DirectLineSession.StartAsync(http, CancellationToken.None);
            for (var t = i; t < turns; t += conversations)
                await session.TurnAsync(scenario.Script[t % scenario.Script.Count].Message, CancellationToken.None);
        })));
        return [label, Markdown.Ms(listening.Median), Markdown.Ms(started.Median), Markdown.Ms(answered.Median), Markdown.Number(rssAfterStart.Median),
            Markdown.Number(loaded.ResidentMb()), Markdown.Number(loaded.PeakResidentMb())];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Vivus.Advisor.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Run the harness from the repository's build output.");
    }

    /// <summary>Bot/bin/Release/net10.0, built with the harness (the bench references the bot).</summary>
    private static string ReleaseBuild(string root)
    {
        var dll = Path.Combine(root, "Bot", "bin", "Release", "net10.0", "Vivus.Advisor.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the bot first: dotnet build -c Release Bench", dll);
    }

    private static async Task<string> PublishReadyToRunAsync(string root)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "bot-readytorun");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(root, "Bot", "Bot.csproj"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
                "-p:PublishReadyToRun=true", "-o", output },
            RedirectStandardOutput = true,
        };
        using var publish = Process.Start(info)!;
        var log = await publish.StandardOutput.ReadToEndAsync();
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0
            ? Path.Combine(output, "Vivus.Advisor.Bot.dll")
            : throw new InvalidOperationException("dotnet publish -p:PublishReadyToRun=true failed:\n" + log);
    }

    private sealed class BotProcess : IDisposable
    {
        private readonly Process _process;

        private BotProcess(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public TimeSpan Listening { get; private set; }

        public TimeSpan ConversationStarted { get; private set; }

        public TimeSpan FirstAnswer { get; private set; }

        public static async Task<BotProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var info = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { dll, $"--urls={address}" },
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in BenchServer.UnthrottledArguments)
                info.ArgumentList.Add(argument);
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["DOTNET_ENVIRONMENT"] = "Production";
            foreach (var (name, value) in environment)
                info.Environment[name] = value;

            var clock = Stopwatch.StartNew();
            var process = Process.Start(info)!;
            // Drained so a chatty log never blocks the bot on a full pipe.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var bot = new BotProcess(process, address);
            try
            {
                using var http = new HttpClient { BaseAddress = address };
                await WaitUntilListeningAsync(http, process);
                bot.Listening = clock.Elapsed;
                var session = await DirectLineSession.StartAsync(http, CancellationToken.None);
                bot.ConversationStarted = clock.Elapsed;
                await session.TurnAsync(FirstQuestion, CancellationToken.None);
                bot.FirstAnswer = clock.Elapsed;
                return bot;
            }
            catch
            {
                bot.Dispose();
                throw;
            }
        }

        public double ResidentMb() => StatusKb("VmRSS:") / 1024.0;

        public double PeakResidentMb() => StatusKb("VmHWM:") / 1024.0;

        private long StatusKb(string field)
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }

        private static async Task WaitUntilListeningAsync(HttpClient http, Process process)
        {
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"The bot exited with code {process.ExitCode} before listening.");
                try
                {
                    using var response = await http.GetAsync("/healthz");
                    if (response.StatusCode == HttpStatusCode.OK)
                        return;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(5);
            }
            throw new TimeoutException("The bot did not answer /healthz within 30 s.");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }
            _process.Dispose();
        }
    }
}
