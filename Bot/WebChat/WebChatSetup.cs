using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.WebChat;

/// <summary>Wires the chat page, the built-in Direct Line endpoint and the Azure token exchange.</summary>
public static class WebChatSetup
{
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        // With Redis any instance may get a conversation's next request, so all must check each other's tokens.
        var sharedStore = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.UsesRedis ?? false;
        builder.Services.AddOptions<WebChatOptions>()
            .Bind(builder.Configuration.GetSection(WebChatOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !sharedStore || o.UsesAzure || !string.IsNullOrEmpty(o.TokenSigningKey),
                "WebChat:TokenSigningKey must be set (the same on every instance) when Storage:RedisConnectionString is set, " +
                "so that any instance accepts the built-in Direct Line tokens another issued.")
            .ValidateOnStart();

        builder.Services.AddSingleton<WebChatBundle>();
        builder.Services.AddHttpClient(AzureDirectLineTokenEndpoint.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));

        builder.Services.AddSingleton<DirectLineTokens>();
        if (sharedStore)
        {
            builder.Services.AddSingleton<IDirectLineStore, RedisDirectLineStore>();
        }
        else
        {
            builder.Services.AddSingleton<IDirectLineStore, InMemoryDirectLineStore>();
        }
        builder.Services.AddSingleton<DirectLineAdapter>();
        // Transient like the bot it runs.
        builder.Services.AddTransient<DirectLineConversations>();
        return builder;
    }

    /// <summary>Security headers, the static page, the Web Chat bundle and the endpoint of the configured mode.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseWebChatSecurityHeaders();

        // The build copies wwwroot next to the assembly, so the page is found whatever the working directory.
        var page = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page });

        var bundle = app.Services.GetRequiredService<WebChatBundle>();
        if (bundle.FileProvider is { } lib)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = lib, RequestPath = "/lib" });
        }

        app.MapWebChatConfig();
        if (app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.UsesAzure)
        {
            app.MapAzureDirectLineToken();
        }
        else
        {
            app.UseWebSockets();
            app.MapDirectLine();
        }
        return app;
    }
}
