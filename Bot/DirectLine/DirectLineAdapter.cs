using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Runs turns for the built-in Direct Line endpoint in process: the bot's replies are appended to the
/// conversation's log, from which the browser polls them. Same middleware and error handling as the
/// CloudAdapter behind /api/messages.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public const string ChannelId = "directline";
    public static readonly ChannelAccount Bot = new("vivus-advisor", "Doradca Vivus", RoleTypes.Bot);

    private readonly IDirectLineStore _store;
    private readonly TimeProvider _time;

    public DirectLineAdapter(
        IDirectLineStore store,
        TimeProvider time,
        TrackedConversationState conversationState,
        ContactReplies replies,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        ILogger<DirectLineAdapter> logger)
    {
        _store = store;
        _time = time;
        foreach (var m in middleware)
        {
            Use(m);
        }
        OnTurnError = new TurnErrorHandler(conversationState, replies, logger).HandleAsync;
    }

    public async Task ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    var ms = activity.Value is IConvertible c ? c.ToInt32(null) : 1000;
                    await Task.Delay(TimeSpan.FromMilliseconds(ms), _time, cancellationToken);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypesEx.InvokeResponse:
                    turnContext.TurnState.Add(InvokeResponseKey, activity);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                    // Traces are for the Emulator; a customer's browser never sees them.
                    responses[i] = new ResourceResponse();
                    break;
                default:
                    responses[i] = new ResourceResponse(await AppendReplyAsync(turnContext.Activity, activity, cancellationToken) ?? "");
                    break;
            }
        }
        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line endpoint cannot change a sent activity.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line endpoint cannot delete a sent activity.");

    private Task<string?> AppendReplyAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        reply.ChannelId = ChannelId;
        reply.Conversation = incoming.Conversation;
        reply.From = Bot;
        reply.Recipient = incoming.From;
        reply.ServiceUrl = incoming.ServiceUrl;
        reply.Timestamp = _time.GetUtcNow();
        return _store.AppendAsync(incoming.Conversation.Id, reply, cancellationToken);
    }
}
