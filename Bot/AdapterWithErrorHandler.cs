using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot;

/// <summary>The Bot Framework adapter; a failed turn apologises, is logged and leaves a clean conversation.</summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        TrackedConversationState conversationState,
        ContactReplies replies,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        // Middleware comes from DI so that the built-in Direct Line adapter runs the same.
        foreach (var m in middleware)
        {
            Use(m);
        }
        OnTurnError = new TurnErrorHandler(conversationState, replies, logger).HandleAsync;
    }
}

/// <summary>What the user and the log see when a turn throws.</summary>
public sealed class TurnErrorHandler(TrackedConversationState conversationState, ContactReplies replies, ILogger logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        using (logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = turnContext.Activity.Conversation?.Id }))
        {
            logger.LogError(exception, "Unhandled error in a turn of {ActivityType}", turnContext.Activity.Type);
        }

        try
        {
            await turnContext.SendActivityAsync(replies.Apology());
        }
        catch (Exception sendError)
        {
            logger.LogWarning(sendError, "Could not send the apology");
        }

        // A lost e-tag race is no broken state: the other turn's state is the newer one, so keep it.
        if (exception is StateConflictException)
        {
            return;
        }

        // A broken dialog state would fail the next turn the same way.
        try
        {
            await conversationState.DeleteAsync(turnContext);
        }
        catch (Exception deleteError)
        {
            // The state store itself may be what failed; the turn must still end cleanly.
            logger.LogWarning(deleteError, "Could not clear the conversation state");
        }
    }
}
