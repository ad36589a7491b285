using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.WebChat;

/// <summary>
/// POST /api/directline/token: trades the Direct Line secret for a short-lived token of one conversation at
/// Azure Bot Service, so the browser talks to Azure without ever seeing the secret.
/// </summary>
public static class AzureDirectLineTokenEndpoint
{
    public const string Route = "/api/directline/token";
    public const string HttpClientName = "AzureDirectLine";

    public static void MapAzureDirectLineToken(this IEndpointRouteBuilder app) => app.MapPost(Route, ExchangeAsync);

    private static async Task<IResult> ExchangeAsync(
        IOptions<WebChatOptions> options, IHttpClientFactory clients, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(AzureDirectLineTokenEndpoint));
        var settings = options.Value;
        var url = new Uri(settings.AzureDirectLineUrl.ToString().TrimEnd('/') + "/tokens/generate");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            // A "dl_" user id in the token lets Azure vouch for the user; the browser cannot forge another.
            Content = JsonContent.Create(new { user = new { id = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);

        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Azure Direct Line refused the token exchange with {Status}", (int)response.StatusCode);
                return Results.Problem("The chat service is unavailable.", statusCode: StatusCodes.Status502BadGateway);
            }
            var token = await response.Content.ReadFromJsonAsync<AzureToken>(cancellationToken);
            if (token is not { Token.Length: > 0 })
            {
                logger.LogWarning("Azure Direct Line answered the token exchange without a token");
                return Results.Problem("The chat service is unavailable.", statusCode: StatusCodes.Status502BadGateway);
            }
            return Results.Json(token);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException
                                   || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The token exchange with Azure Direct Line failed: {Reason}", e.GetType().Name);
            return Results.Problem("The chat service is unavailable.", statusCode: StatusCodes.Status502BadGateway);
        }
    }

    /// <summary>Only these fields are passed on to the browser.</summary>
    private sealed record AzureToken(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
