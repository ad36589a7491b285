using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.First());

    /// <param name="settings">Settings as "Key=value" (colon-separated keys), over appsettings.json.</param>
    public static async Task<AdvisorServer> StartAsync(IEnumerable<string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var logs = new LogCapture();
        var args = new[] { "--urls=http://127.0.0.1:0", "--environment=Testing", "--Logging:LogLevel:Default=Trace" }
            .Concat((settings ?? []).Select(s => "--" + s))
            .ToArray();
        var app = Program.BuildApp(args, builder =>
        {
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
