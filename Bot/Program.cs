using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Vivus.Advisor.Bot.Bots;
using Vivus.Advisor.Bot.Configuration;
using Vivus.Advisor.Bot.Endpoints;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Bot;

public static class Program
{
    public static void Main(string[] args) => BuildApp(args).Run();

    /// <summary>Wires the advisor; tests pass <paramref name="configure"/> to swap the clock or capture logs.</summary>
    public static WebApplication BuildApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.UseRootSettingsFile();
        builder.Services.AddPersonalDataRedactingLogging();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddContactDirectory(builder.Configuration);
        builder.Services.AddFaqKnowledge(builder.Configuration);

        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<ConversationLoggingScope>();
        builder.Services.AddSingleton<AdapterWithErrorHandler>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());

        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();
        builder.Services.AddSingleton<ContactReplies>();
        builder.Services.AddSingleton<WelcomeMessage>();
        builder.Services.AddSingleton<FaqMessages>();
        builder.Services.AddTransient<IBot, AdvisorBot>();

        builder.Services.AddHealthChecks();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapBotMessages();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
