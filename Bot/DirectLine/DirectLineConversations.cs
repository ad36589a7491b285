using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Concurrency;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>What the built-in Direct Line service does with a conversation: start it, take a user's activity.</summary>
public sealed class DirectLineConversations(
    IDirectLineStore store, DirectLineAdapter adapter, IBot bot, IConversationTurnLock turnLock, TimeProvider time)
{
    /// <summary>
    /// Opens the conversation and, as Azure's Direct Line does, tells the bot that it and the user joined,
    /// so its welcome is waiting at the first poll.
    /// </summary>
    public async Task<DirectLineCreateResult> StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var created = await store.CreateAsync(conversation, cancellationToken);
        if (created != DirectLineCreateResult.Created)
        {
            return created;
        }

        await using var turn = await turnLock.AcquireAsync(DirectLineAdapter.ChannelId, conversation.Id, cancellationToken);
        foreach (var member in new[] { DirectLineAdapter.Bot, User(conversation) })
        {
            var update = Inbound(ActivityTypes.ConversationUpdate, conversation, serviceUrl);
            update.MembersAdded = [member];
            await adapter.ProcessAsync(update, bot, cancellationToken);
        }
        return created;
    }

    /// <summary>Stamps the user's activity as the service would, logs it (the browser waits for this echo) and runs the turn.</summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        var activity = Inbound(posted.Type, conversation, serviceUrl);
        activity.Text = posted.Text;
        activity.TextFormat = posted.TextFormat;
        activity.Value = posted.Value;
        activity.Name = posted.Name;
        activity.Attachments = posted.Attachments;
        activity.Entities = posted.Entities;
        activity.ChannelData = posted.ChannelData;
        activity.LocalTimestamp = posted.LocalTimestamp;
        activity.Locale = posted.Locale ?? conversation.Locale;
        activity.From.Name = posted.From?.Name is { Length: <= 100 } name ? name : null;

        // Appended and run under the lock, so activities are answered in the order of their watermarks.
        await using var turn = await turnLock.AcquireAsync(DirectLineAdapter.ChannelId, conversation.Id, cancellationToken);
        var id = await store.AppendAsync(conversation.Id, activity, cancellationToken);
        if (id is not null)
        {
            await adapter.ProcessAsync(activity, bot, cancellationToken);
        }
        return id;
    }

    private Activity Inbound(string type, DirectLineConversation conversation, string serviceUrl) => new()
    {
        Type = type,
        ChannelId = DirectLineAdapter.ChannelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversation.Id),
        From = User(conversation),
        Recipient = DirectLineAdapter.Bot,
        Timestamp = time.GetUtcNow(),
        Locale = conversation.Locale,
    };

    private static ChannelAccount User(DirectLineConversation conversation) => new(conversation.UserId, role: RoleTypes.User);
}
