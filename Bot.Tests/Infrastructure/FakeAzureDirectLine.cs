using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>Stands in for Azure Bot Service's Direct Line token service on loopback and records what it was sent.</summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    public const string Secret = "fake-direct-line-secret-0123456789";
    private readonly WebApplication _app;

    private FakeAzureDirectLine(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? Authorization, string Body)> Requests { get; } = new();

    /// <summary>What the next token request gets; 200 with a token by default.</summary>
    public int Status { get; set; } = StatusCodes.Status200OK;

    public string BaseUrl => LoopbackServer.Address(_app) + "/v3/directline";

    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var app = LoopbackServer.Create();
        var fake = new FakeAzureDirectLine(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            fake.Requests.Enqueue((http.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return fake.Status == StatusCodes.Status200OK
                ? Results.Json(new { conversationId = "azure-conv-1", token = "azure-token-1", expires_in = 3600 })
                : Results.StatusCode(fake.Status);
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
