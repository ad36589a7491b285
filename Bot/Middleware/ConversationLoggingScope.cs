using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Middleware;

/// <summary>Puts the conversation and channel ids in the logging scope of everything a turn logs.</summary>
public sealed class ConversationLoggingScope(ILogger<ConversationLoggingScope> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        using (logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = turnContext.Activity.Conversation?.Id,
            ["ChannelId"] = turnContext.Activity.ChannelId,
        }))
        {
            await next(cancellationToken);
        }
    }
}
