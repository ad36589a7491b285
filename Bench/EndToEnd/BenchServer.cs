using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using AdvisorApp = Vivus.Advisor.Bot.Program;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>The real app, built by <see cref="AdvisorApp.BuildApp"/>, in this process on a free loopback port, and a client for it.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, DelegatingHandler? clientHandler)
    {
        _app = app;
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = new HttpClient(WithSockets(clientHandler)) { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="clientHandler">Sees every request the client sends, e.g. to time it.</param>
    public static async Task<BenchServer> StartAsync(Action<WebApplicationBuilder> configure, DelegatingHandler? clientHandler = null)
    {
        // Production settings as deployed, except: the console log is quieted so it does not mix with the report, and the cap
        // on open conversations raised, as a partial intake script opens a conversation per run.
        var app = AdvisorApp.BuildApp(
            ["--urls=http://127.0.0.1:0", "--environment=Production", "--Logging:Console:LogLevel:Default=Warning", "--WebChat:MaxConversations=1000000",
                .. UnthrottledArguments],
            configure);
        await app.StartAsync();
        return new BenchServer(app, clientHandler);
    }

    /// <summary>
    /// Rate limits as high as they go: the load comes from one address at thousands of turns a second, and the limiter stays
    /// in the path so its cost is measured.
    /// </summary>
    public static readonly string[] UnthrottledArguments =
    [
        "--RateLimits:PerClientPerMinute=10000000", "--RateLimits:PerConversationPerMinute=10000000", "--RateLimits:MessagesPerConversationPerMinute=10000000",
    ];

    /// <summary>Many conversations share one client, as many browsers would open many connections: no cap per server.</summary>
    public static HttpMessageHandler WithSockets(DelegatingHandler? outer)
    {
        var sockets = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseProxy = false };
        if (outer is null)
            return sockets;
        outer.InnerHandler = sockets;
        return outer;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
