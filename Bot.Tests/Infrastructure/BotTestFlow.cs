using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>A TestFlow over the app's own bot and middleware, as the adapters run them.</summary>
public static class BotTestFlow
{
    public static TestAdapter Adapter(IServiceProvider services, string channelId = Channels.Test, string conversationId = "Convo1")
    {
        var adapter = new TestAdapter(channelId) { Locale = "pl-PL" };
        adapter.Conversation.Conversation.Id = conversationId;
        foreach (var middleware in services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
        {
            adapter.Use(middleware);
        }
        return adapter;
    }

    public static TestFlow Create(IServiceProvider services, string channelId = Channels.Test, string conversationId = "Convo1") =>
        new(Adapter(services, channelId, conversationId), services.GetRequiredService<IBot>());
}
