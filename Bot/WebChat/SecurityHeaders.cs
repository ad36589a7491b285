using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.WebChat;

/// <summary>
/// Headers that keep the chat page to what it needs: its own scripts (plus the Web Chat CDN only when the
/// build had no npm), connections to itself (plus Azure's Direct Line when configured), no inline script,
/// and framing only by the app itself or configured origins.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseWebChatSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<WebChatOptions>>().Value;
        var bundle = app.ApplicationServices.GetRequiredService<WebChatBundle>();
        var policy = ContentSecurityPolicy(options, bundle);
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            await next();
        });
    }

    public static string ContentSecurityPolicy(WebChatOptions options, WebChatBundle bundle)
    {
        var scripts = string.Join(' ', new[] { "'self'", bundle.CdnOrigin }.OfType<string>());
        var connect = "'self'";
        if (options.UsesAzure)
        {
            var azure = options.AzureDirectLineUrl;
            var socketScheme = azure.Scheme == "https" ? "wss" : "ws";
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} {socketScheme}://{azure.Authority}";
        }
        var ancestors = string.Join(' ', options.FrameAncestors.Prepend("'self'"));
        return string.Join("; ",
            "default-src 'none'",
            $"script-src {scripts}",
            // Web Chat's styling library inserts <style> elements at run time.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            $"connect-src {connect}",
            "base-uri 'none'",
            "form-action 'self'",
            "object-src 'none'",
            $"frame-ancestors {ancestors}");
    }
}
