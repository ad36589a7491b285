using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.RateLimiting;
using Vivus.Advisor.Bot.WebChat;

// In Program's namespace, so wiring the limits into Program.cs takes one line and no using.
namespace Vivus.Advisor.Bot;

/// <summary>
/// 429 with Retry-After for a client that sends too much: the built-in Direct Line and the token endpoints per client IP,
/// the built-in Direct Line per conversation (from its token) and its posted activities per conversation. /api/messages,
/// called by Azure Bot Service from its own addresses, is limited per conversation only, by <see cref="ConversationMessageLimiter"/>
/// in its endpoint (which reads the activity).
/// </summary>
public static class RateLimitServiceCollectionExtensions
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConversationMessageLimiter>();
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, ConfigureRateLimiter>();
        services.AddRateLimiter(_ => { });
        return services;
    }

    public static void WriteTooManyRequests(HttpResponse response, TimeSpan retryAfter)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    private sealed class ConfigureRateLimiter(IOptions<RateLimitOptions> options, DirectLineTokens tokens)
        : IConfigureOptions<RateLimiterOptions>
    {
        public void Configure(RateLimiterOptions limiter)
        {
            var settings = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                WriteTooManyRequests(context.HttpContext.Response, wait);
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { error = new { code = "TooManyRequests", message = "Too many requests; try again later." } }, cancellationToken);
            };
            if (!settings.Enabled)
            {
                return;
            }
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsPublic(http.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter("ip:" + http.Connection.RemoteIpAddress,
                        _ => ConversationMessageLimiter.PerMinute(settings.PerClientPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => ConversationOf(http) is { } conversation
                    ? RateLimitPartition.GetFixedWindowLimiter("conversation:" + conversation,
                        _ => ConversationMessageLimiter.PerMinute(settings.PerConversationPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsPostedActivity(http) && ConversationOf(http) is { } conversation
                    ? RateLimitPartition.GetFixedWindowLimiter("messages:" + conversation,
                        _ => ConversationMessageLimiter.PerMinute(settings.MessagesPerConversationPerMinute))
                    : RateLimitPartition.GetNoLimiter("")));
        }

        private static bool IsPublic(PathString path) =>
            path.StartsWithSegments(DirectLineEndpoints.BasePath) || path.StartsWithSegments(AzureDirectLineTokenEndpoint.Route);

        private static bool IsPostedActivity(HttpContext http) =>
            HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Value?.EndsWith("/activities", StringComparison.Ordinal) == true;

        // Only a token this app signed names a conversation; anything else is limited per IP and refused by the endpoint.
        private string? ConversationOf(HttpContext http)
        {
            if (!http.Request.Path.StartsWithSegments(DirectLineEndpoints.BasePath))
            {
                return null;
            }
            var (check, grant) = http.Request.Query.TryGetValue("t", out var streamToken)
                ? tokens.Check(streamToken.ToString())
                : tokens.Check(http.Request);
            return check == TokenCheck.Valid ? grant!.ConversationId : null;
        }
    }
}
