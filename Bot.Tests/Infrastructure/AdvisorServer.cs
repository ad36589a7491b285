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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
