using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Vivus.Advisor.LoadTest;

// Usage: dotnet run -c Release --project LoadTest -- [--instances 1|2] [--conversations 200] [--turns 10]
var instances = Option("--instances", 1);
var conversations = Option("--conversations", 200);
var turns = Option("--turns", 10);
if (instances is < 1 or > 8 || conversations < 1 || turns is < 1 or > 10)
{
    Console.Error.WriteLine("--instances 1..8, --conversations >= 1, --turns 1..10");
    return 2;
}

var root = RepositoryRoot();
var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);
var botDll = Path.Combine(root, "Bot", "bin", configuration, "net10.0", "Vivus.Advisor.Bot.dll");
if (!File.Exists(botDll))
{
    Console.Error.WriteLine($"Build the bot first ({botDll} is missing).");
    return 2;
}

var redisAddress = $"127.0.0.1:{ChildProcess.FreePort()}";
using var redis = instances > 1 ? StartRedis(redisAddress) : null;
var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
var servers = new List<(ChildProcess Process, Uri Address)>();
try
{
    for (var i = 0; i < instances; i++)
    {
        var port = ChildProcess.FreePort();
        var arguments = new List<string>
        {
            botDll, $"--urls=http://127.0.0.1:{port}", "--environment=Production", "--Logging:LogLevel:Default=Warning",
            // One client address drives everything here, so the per-client limit would be hit at once.
            "--RateLimits:Enabled=false", $"--WebChat:TokenSigningKey={signingKey}",
        };
        if (redis is not null)
        {
            arguments.AddRange([$"--Storage:RedisConnectionString={redisAddress}", "--Storage:KeyPrefix=load:"]);
        }
        servers.Add((ChildProcess.Start(ChildProcess.OnPath("dotnet"), arguments), new Uri($"http://127.0.0.1:{port}")));
    }

    var clients = servers.Select(s => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 })
    {
        BaseAddress = s.Address,
        Timeout = TimeSpan.FromSeconds(60),
    }).ToList();
    foreach (var client in clients)
    {
        await WaitHealthyAsync(client);
    }
    // One conversation per instance first, so start-up work (JIT, the knowledge index) is not counted as load.
    for (var i = 0; i < clients.Count; i++)
    {
        var warmUp = new DirectLineConversation(clients, i);
        await warmUp.StartAsync();
        await warmUp.TurnAsync("jak się skontaktować?", "");
    }
    var before = servers.Select(s => s.Process.ResidentMiB()).ToList();

    Console.WriteLine($"{conversations} conversations x {turns} turns (half case intakes, half FAQ) on {instances} instance(s)" +
        (redis is null ? "" : " sharing one redis-server"));
    var report = new LatencyReport();
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, conversations).Select(n => RunConversationAsync(n, clients, turns, report)));
    watch.Stop();
    var after = servers.Select(s => s.Process.ResidentMiB()).ToList();

    Console.WriteLine(report.Describe(watch.Elapsed));
    for (var i = 0; i < servers.Count; i++)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"instance {i + 1}: RSS {before[i]:F0} MiB before, {after[i]:F0} MiB after"));
    }
    return report.Errors == 0 && servers.All(s => !s.Process.HasExited) ? 0 : 1;
}
finally
{
    foreach (var server in servers)
    {
        server.Process.Dispose();
    }
}

static async Task RunConversationAsync(int n, IReadOnlyList<HttpClient> clients, int turns, LatencyReport report)
{
    var script = n % 2 == 0 ? Scripts.CaseIntake : Scripts.Questions;
    try
    {
        var conversation = new DirectLineConversation(clients, n);
        await conversation.StartAsync();
        foreach (var (say, expect) in script.Take(turns))
        {
            report.Add(await conversation.TurnAsync(say, expect));
        }
    }
    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException or TaskCanceledException)
    {
        report.AddError();
        Console.Error.WriteLine($"conversation {n}: {e.Message}");
    }
}

static ChildProcess StartRedis(string address) => ChildProcess.Start(ChildProcess.OnPath("redis-server"),
    ["--port", address.Split(':')[1], "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);

static async Task WaitHealthyAsync(HttpClient client)
{
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < TimeSpan.FromSeconds(60))
    {
        try
        {
            if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }
        await Task.Delay(200);
    }
    throw new TimeoutException($"{client.BaseAddress} did not become healthy.");
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Vivus.Advisor.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the repository.");
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
