using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>
/// Plays the channel's side, as the Emulator does: a loopback HTTP server at the activities'
/// serviceUrl that records every reply the bot posts to the Connector API.
/// </summary>
public sealed class ChannelListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<(string Path, Activity Activity)> _received = Channel.CreateUnbounded<(string, Activity)>();

    private ChannelListener(WebApplication app) => _app = app;

    public string ServiceUrl => LoopbackServer.Address(_app) + "/";

    public static async Task<ChannelListener> StartAsync()
    {
        var app = LoopbackServer.Create();
        var listener = new ChannelListener(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
            await listener._received.Writer.WriteAsync((http.Request.Path.Value!, activity));
            return Results.Ok(new ResourceResponse(Guid.NewGuid().ToString()));
        });
        await app.StartAsync();
        return listener;
    }

    public async Task<(string Path, Activity Activity)> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
