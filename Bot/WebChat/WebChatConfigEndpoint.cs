using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bot.WebChat;

/// <summary>GET /api/webchat/config: tells the page where the Web Chat script is and how to reach the bot.</summary>
public static class WebChatConfigEndpoint
{
    public const string Route = "/api/webchat/config";

    public static void MapWebChatConfig(this IEndpointRouteBuilder app) => app.MapGet(Route, Get);

    private static IResult Get(IOptions<WebChatOptions> options, WebChatBundle bundle)
    {
        var azure = options.Value.UsesAzure;
        return Results.Json(new
        {
            mode = azure ? "azure" : "builtin",
            bundleUrl = bundle.Url,
            tokenUrl = azure ? AzureDirectLineTokenEndpoint.Route : DirectLineEndpoints.BasePath + "/tokens/generate",
            // Null: the page uses its own origin + /v3/directline, whatever address it was opened under.
            domain = azure ? options.Value.AzureDirectLineUrl.ToString().TrimEnd('/') : null,
            webSocket = azure || options.Value.UseWebSocket,
            locale = "pl-PL",
        });
    }
}
