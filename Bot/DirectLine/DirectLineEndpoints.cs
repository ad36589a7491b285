using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Vivus.Advisor.Bot.Concurrency;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0-compatible endpoint (the subset Web Chat's client uses: polling or the WebSocket stream), so the
/// chat page works without Azure. A conversation is reachable only with a token issued for it.
/// </summary>
public static partial class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";
    private const string DefaultLocale = "pl-PL";

    public static void MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath);
        group.AddEndpointFilter(StoreUnavailableAs503Async);
        group.MapPost("/tokens/generate", Generate);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync).WithMetadata(new RequestSizeLimitAttribute(16 * 1024));
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync)
            .WithMetadata(new RequestSizeLimitAttribute(DirectLineActivityReader.MaxBodyBytes));
        group.MapGet("/conversations/{conversationId}/activities", ReadAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.StreamAsync);
    }

    private static IResult Generate(DirectLineTokens tokens)
    {
        var conversationId = DirectLineTokens.NewConversationId();
        return Results.Json(Issue(tokens, conversationId, DirectLineTokens.NewUserId()));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        var (grant, problem) = Authorize(request, tokens, conversationId: null);
        return grant is null ? problem! : Results.Json(Issue(tokens, grant.ConversationId, grant.UserId));
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineTokens tokens, DirectLineConversations conversations, ILogger<DirectLineConversations> logger)
    {
        var (grant, problem) = Authorize(request, tokens, conversationId: null);
        if (grant is null)
        {
            return problem!;
        }
        var (locale, bodyProblem) = await ReadLocaleAsync(request);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId, locale ?? DefaultLocale);
        // Neither a browser that gives up waiting nor a host that is stopping cuts the bot's turn short:
        // shutdown waits for in-flight requests (HostOptions.ShutdownTimeout).
        var result = await conversations.StartAsync(conversation, ServiceUrl(request), CancellationToken.None);
        if (result == DirectLineCreateResult.Full)
        {
            logger.LogWarning("Refused a Direct Line conversation: the store is full");
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many open conversations; try again later.");
        }
        var body = WithStream(Issue(tokens, grant.ConversationId, grant.UserId), request, watermark: null);
        return result == DirectLineCreateResult.Created ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineStore store)
    {
        var (grant, problem) = Authorize(request, tokens, conversationId);
        if (grant is null)
        {
            return problem!;
        }
        if (!TryReadWatermark(request, out _))
        {
            return BadWatermark();
        }
        return await store.FindAsync(conversationId, request.HttpContext.RequestAborted) is null
            ? NotFound()
            : Results.Json(WithStream(Issue(tokens, grant.ConversationId, grant.UserId), request, request.Query["watermark"].ToString()));
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineStore store, DirectLineConversations conversations)
    {
        var (grant, problem) = Authorize(request, tokens, conversationId);
        if (grant is null)
        {
            return problem!;
        }
        var cancellationToken = request.HttpContext.RequestAborted;
        var conversation = await store.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return NotFound();
        }
        var (activity, bodyProblem) = await DirectLineActivityReader.ReadAsync(request, cancellationToken);
        if (activity is null)
        {
            return bodyProblem!;
        }

        try
        {
            // As at the start: the turn is not cut short by the browser or by shutdown.
            var id = await conversations.PostAsync(conversation, activity, ServiceUrl(request), CancellationToken.None);
            return id is null ? NotFound() : Results.Json(new { id });
        }
        catch (ConversationBusyException)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The previous message is still being processed; try again.");
        }
    }

    private static async Task<IResult> ReadAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineStore store)
    {
        var (grant, problem) = Authorize(request, tokens, conversationId);
        if (grant is null)
        {
            return problem!;
        }
        if (!TryReadWatermark(request, out var watermark))
        {
            return BadWatermark();
        }

        var set = await store.ReadAsync(conversationId, watermark, request.HttpContext.RequestAborted);
        if (set is null)
        {
            return NotFound();
        }
        return Results.Bytes(set.ToUtf8(), "application/json; charset=utf-8");
    }

    // With the store on Redis, an outage is the server's problem, not the client's: 503 and a hint to retry.
    private static async ValueTask<object?> StoreUnavailableAs503Async(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StateStoreUnavailableException)
        {
            context.HttpContext.Response.Headers.RetryAfter = "2";
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unavailable; try again.");
        }
    }

    /// <summary>An absent or empty watermark means from the start.</summary>
    internal static bool TryReadWatermark(HttpRequest request, out long watermark)
    {
        var text = request.Query["watermark"].ToString();
        watermark = 0;
        return text.Length == 0 || long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }

    /// <summary>401 for a missing or forged token, 403 for an expired one (Web Chat's client then stops retrying) or another conversation's.</summary>
    private static (DirectLineGrant? Grant, IResult? Problem) Authorize(HttpRequest request, DirectLineTokens tokens, string? conversationId) =>
        Authorize(tokens.Check(request), conversationId);

    internal static (DirectLineGrant? Grant, IResult? Problem) Authorize((TokenCheck Check, DirectLineGrant? Grant) token, string? conversationId)
    {
        var (check, grant) = token;
        return check switch
        {
            TokenCheck.Missing => (null, Error(StatusCodes.Status401Unauthorized, "MissingToken", "A Direct Line token is required.")),
            TokenCheck.Invalid => (null, Error(StatusCodes.Status401Unauthorized, "TokenInvalid", "The token is not valid.")),
            TokenCheck.Expired => (null, Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ when conversationId is not null && conversationId != grant!.ConversationId =>
                (null, Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.")),
            _ => (grant, null),
        };
    }

    private static async Task<(string? Locale, IResult? Problem)> ReadLocaleAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || !request.HasJsonContentType())
        {
            return (null, null);
        }
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 8 }, request.HttpContext.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON object."));
            }
            return body.RootElement.TryGetProperty("locale", out var locale) && locale.ValueKind == JsonValueKind.String
                && LocalePattern().IsMatch(locale.GetString()!)
                ? (locale.GetString(), null)
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON."));
        }
        catch (BadHttpRequestException e)
        {
            return (null, Error(e.StatusCode, "BadArgument", e.Message));
        }
    }

    private static TokenResponse Issue(DirectLineTokens tokens, string conversationId, string userId) =>
        new(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds);

    /// <summary>Where Web Chat's client opens its WebSocket; the token rides in the query as browsers cannot set headers there.</summary>
    private static TokenResponse WithStream(TokenResponse response, HttpRequest request, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = $"?t={Uri.EscapeDataString(response.Token)}"
            + (string.IsNullOrEmpty(watermark) ? "" : $"&watermark={Uri.EscapeDataString(watermark)}");
        return response with { StreamUrl = $"{scheme}://{request.Host}{BasePath}/conversations/{response.ConversationId}/stream{query}" };
    }

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{BasePath}/";

    internal static IResult BadWatermark() =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a non-negative number.");

    internal static IResult NotFound() => Error(StatusCodes.Status404NotFound, "NotFound", "Conversation not found.");

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LocalePattern();

    private sealed record TokenResponse(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn)
    {
        [JsonPropertyName("streamUrl")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? StreamUrl { get; init; }
    }
}
