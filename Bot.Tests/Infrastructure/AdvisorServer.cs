using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>The real advisor app on a free loopback port, with its log captured.</summary>
public sealed class AdvisorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AdvisorServer(WebApplication app, LogCapture logs)
    {
        _app = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public LogCapture Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public Uri BaseAddress => new(LoopbackServer.Address(_app));

    /// <param name="settings">Settings as "Key=value" (colon-separated keys), over appsettings.json.</param>
    public static async Task<AdvisorServer> StartAsync(IEnumerable<string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var logs = new LogCapture();
        var args = new[] { "--urls=http://127.0.0.1:0", "--environment=Testing", "--Logging:LogLevel:Default=Trace" }
            .Concat((settings ?? []).Select(s => "--" + s))
            .ToArray();
        var app = Program.BuildApp(args, builder =>
        {
            // The captured log is what tests scan; the console would only flood the test output.
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new AdvisorServer(app, logs);
    }

    private Task? _stopped;

    /// <summary>Stops the host as a shutdown does (in-flight requests may finish); safe to call more than once.</summary>
    public Task StopAsync() => _stopped ??= _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StopAsync();
        await _app.DisposeAsync();
    }
}
