using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Vivus.Advisor.Bot.Answers;
using Vivus.Advisor.Bot.Bots;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Configuration;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Endpoints;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Validation;
using Vivus.Advisor.Bot.WebChat;
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

        // Knowledge: contact directory and hours, FAQ, and the answers built from them.
        builder.Services.AddContactDirectory(builder.Configuration);
        builder.Services.AddFaqKnowledge(builder.Configuration);
        builder.Services.AddSingleton<QuestionAnswerer>();
        builder.Services.AddHostedService<AnswerWarmUp>();

        // Bot Framework: authentication, the adapter and its middleware, state.
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationLoggingScope>();
        builder.Services.AddSingleton<RedactedTranscript>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<RedactedTranscript>());
        builder.Services.AddSingleton<AdapterWithErrorHandler>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddConversationTurnLock(builder.Configuration);
        builder.Services.AddSingleton<TrackedConversationState>();
        // In-flight turns finish on shutdown: the host waits this long for open requests before aborting them.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        // The bot, its dialogs and what it says.
        builder.Services.AddCaseIntakeOptions(builder.Configuration);
        builder.Services.AddOptions<HandoffOptions>().Bind(builder.Configuration.GetSection(HandoffOptions.SectionName));
        builder.Services.AddSingleton<AmountValidator>(_ => new AmountValidator());
        builder.Services.AddSingleton<PastDateRecognizer>();
        builder.Services.AddSingleton<VivusContactValues>();
        builder.Services.AddSingleton<PublishedTexts>();
        builder.Services.AddSingleton<ContactReplies>();
        builder.Services.AddSingleton<WelcomeMessage>();
        builder.Services.AddSingleton<FaqMessages>();
        builder.Services.AddSingleton<HandoffReplies>();
        builder.Services.AddSingleton<CaseIntakeDialog>();
        builder.Services.AddSingleton<MainDialog>();
        builder.Services.AddTransient<IBot, AdvisorBot>();

        // The web edge: health, rate limits, the chat page and its Direct Line.
        builder.Services.AddHealthChecks();
        builder.Services.AddRateLimits(builder.Configuration);
        builder.AddWebChat();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseRateLimiter();
        app.MapBotMessages();
        app.MapHealthChecks("/healthz");
        app.MapWebChat();
        return app;
    }
}
