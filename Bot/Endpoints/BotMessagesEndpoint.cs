using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Concurrency;
using Vivus.Advisor.Bot.RateLimiting;

namespace Vivus.Advisor.Bot.Endpoints;

/// <summary>
/// POST /api/messages, where channels (Azure Bot Service, the Emulator) deliver activities.
/// Client mistakes are answered with a 4xx here, before the adapter, which would answer some with 500.
/// </summary>
public static class BotMessagesEndpoint
{
    public const string Route = "/api/messages";
    public const long MaxBodyBytes = 256 * 1024;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder app) =>
        app.MapPost(Route, HandleAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

    private static async Task<IResult> HandleAsync(
        HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, IConversationTurnLock turnLock, ConversationMessageLimiter limiter,
        ILoggerFactory loggers)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem("Expected an activity as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        http.Request.EnableBuffering();
        var (activity, problem) = await ActivityReader.ReadAsync(http.Request, http.RequestAborted);
        if (activity is null)
        {
            return problem!;
        }
        http.Request.Body.Position = 0;
        if (limiter.TryTake(activity.ChannelId ?? "", activity.Conversation.Id) is { } wait)
        {
            RateLimitServiceCollectionExtensions.WriteTooManyRequests(http.Response, wait);
            return Results.Empty;
        }

        try
        {
            // One turn of a conversation at a time: concurrent turns would overwrite each other's state.
            await using var turn = await turnLock.AcquireAsync(activity.ChannelId ?? "", activity.Conversation.Id, http.RequestAborted);
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            return Results.Empty;
        }
        catch (ConversationBusyException)
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Problem("Another message of this conversation is still being processed.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (IsBadCredential(e) && !http.Response.HasStarted)
        {
            loggers.CreateLogger(typeof(BotMessagesEndpoint)).LogWarning("Rejected a request with an invalid token: {Reason}", e.GetType().Name);
            return Results.Unauthorized();
        }
    }

    // The stock adapter maps a missing or rejected token to 401 but lets a malformed one escape as 500.
    private static bool IsBadCredential(Exception e) =>
        e is SecurityTokenException or SecurityTokenMalformedException or UnauthorizedAccessException
        || e.InnerException is { } inner && IsBadCredential(inner);
}

/// <summary>Reads and checks an activity before the adapter sees it.</summary>
public static class ActivityReader
{
    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
            body = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return (null, Results.Problem(e.Message, statusCode: e.StatusCode));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, Results.Problem("The request body is empty.", statusCode: StatusCodes.Status400BadRequest));
        }

        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body, new JsonSerializerSettings { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return (null, Results.Problem("The body is not a valid activity JSON.", statusCode: StatusCodes.Status400BadRequest));
        }

        var missing = activity switch
        {
            null => "activity",
            { Type: null or "" } => "type",
            { Conversation: null } or { Conversation.Id: null or "" } => "conversation.id",
            { ServiceUrl: null or "" } => "serviceUrl",
            _ => null,
        };
        return missing is null
            ? (activity, null)
            : (null, Results.Problem($"The activity has no {missing}.", statusCode: StatusCodes.Status400BadRequest));
    }
}
