using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Vivus.Advisor.Bot.Answers;
using Vivus.Advisor.Bot.Bots;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Configuration;
using Vivus.Advisor.Bot.Endpoints;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.Replies;
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
        builder.Services.AddContactDirectory(builder.Configuration);
        builder.Services.AddFaqKnowledge(builder.Configuration);
        builder.Services.AddCaseIntakeOptions(builder.Configuration);

        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, ConversationLoggingScope>();
        builder.Services.AddSingleton<RedactedTranscript>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => sp.GetRequiredService<RedactedTranscript>());
        builder.Services.AddSingleton<AdapterWithErrorHandler>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());

        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddConversationTurnLock(builder.Configuration);
        // In-flight turns finish on shutdown: the host waits this long for open requests before aborting them.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();
        builder.Services.AddSingleton<ContactReplies>();
        builder.Services.AddSingleton<WelcomeMessage>();
        builder.Services.AddSingleton<FaqMessages>();
        builder.Services.AddSingleton<QuestionAnswerer>();
        builder.Services.AddHostedService<AnswerWarmUp>();
        builder.Services.AddSingleton<HandoffReplies>();
        builder.Services.AddOptions<HandoffOptions>().Bind(builder.Configuration.GetSection(HandoffOptions.SectionName));
        builder.Services.AddSingleton<AmountValidator>(_ => new AmountValidator());
        builder.Services.AddSingleton<PastDateRecognizer>();
        builder.Services.AddSingleton<CaseIntakeDialog>();
        builder.Services.AddSingleton<MainDialog>();
        builder.Services.AddTransient<IBot, AdvisorBot>();

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
