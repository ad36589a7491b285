using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.WebChat;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Conversations in this process's memory, bounded: idle conversations expire, a conversation keeps only
/// its latest activities and the number of conversations is capped. Delivered activities are kept redacted.
/// </summary>
public sealed class InMemoryDirectLineStore(IOptions<WebChatOptions> options, TimeProvider time, PublishedTexts published) : IDirectLineStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _conversations = new();
    private readonly WebChatOptions _options = options.Value;
    private long _lastSweepTicks;

    public Task<DirectLineCreateResult> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        SweepIfDue();
        if (_conversations.Count >= _options.MaxConversations)
        {
            Sweep();
            if (_conversations.Count >= _options.MaxConversations)
            {
                return Task.FromResult(DirectLineCreateResult.Full);
            }
        }
        var added = _conversations.TryAdd(conversation.Id, new Entry(conversation, Now));
        return Task.FromResult(added ? DirectLineCreateResult.Created : DirectLineCreateResult.AlreadyExists);
    }

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Live(conversationId)?.Conversation);

    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult<string?>(null);
        }
        lock (entry)
        {
            var watermark = ++entry.LastWatermark;
            activity.Id = DirectLineActivityJson.Id(conversationId, watermark);
            entry.Activities.Add((watermark, DirectLineActivityJson.Serialize(activity)));
            if (entry.Activities.Count > _options.MaxActivitiesPerConversation)
            {
                entry.Activities.RemoveRange(0, entry.Activities.Count - _options.MaxActivitiesPerConversation);
            }
            return Task.FromResult<string?>(activity.Id);
        }
    }

    public Task<DirectLineActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var entry = Live(conversationId);
        if (entry is null)
        {
            return Task.FromResult<DirectLineActivitySet?>(null);
        }
        lock (entry)
        {
            RedactDelivered(entry, watermark);
            var first = FirstAfter(entry.Activities, watermark);
            var newer = new List<byte[]>(entry.Activities.Count - first);
            for (var i = first; i < entry.Activities.Count; i++)
            {
                newer.Add(entry.Activities[i].Json);
            }
            var next = newer.Count > 0 ? entry.Activities[^1].Watermark : Math.Min(watermark, entry.LastWatermark);
            return Task.FromResult<DirectLineActivitySet?>(new DirectLineActivitySet(newer, next));
        }
    }

    // Watermarks ascend and a poll usually asks for the last few, so the search starts from the end.
    private static int FirstAfter(List<(long Watermark, byte[] Json)> activities, long watermark)
    {
        var first = activities.Count;
        while (first > 0 && activities[first - 1].Watermark > watermark)
        {
            first--;
        }
        return first;
    }

    // The client asks from the watermark it has, so everything up to it was delivered.
    private void RedactDelivered(Entry entry, long watermark)
    {
        var delivered = Math.Min(watermark, entry.LastWatermark);
        if (delivered <= entry.RedactedUpTo)
        {
            return;
        }
        var activities = entry.Activities;
        for (var i = FirstAfter(activities, entry.RedactedUpTo); i < activities.Count && activities[i].Watermark <= delivered; i++)
        {
            var (mark, json) = activities[i];
            activities[i] = (mark, DeliveredActivityRedactor.Redact(json, published));
        }
        entry.RedactedUpTo = delivered;
    }

    private long Now => time.GetUtcNow().UtcTicks;

    private Entry? Live(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var entry))
        {
            return null;
        }
        var now = Now;
        if (IsIdle(entry, now))
        {
            _conversations.TryRemove(conversationId, out _);
            return null;
        }
        Interlocked.Exchange(ref entry.LastUsedTicks, now);
        return entry;
    }

    private bool IsIdle(Entry entry, long now) =>
        now - Interlocked.Read(ref entry.LastUsedTicks) >= _options.ConversationIdleTimeout.Ticks;

    private void SweepIfDue()
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (Now - last >= SweepInterval.Ticks && Interlocked.CompareExchange(ref _lastSweepTicks, Now, last) == last)
        {
            Sweep();
        }
    }

    private void Sweep()
    {
        var now = Now;
        foreach (var (id, entry) in _conversations)
        {
            if (IsIdle(entry, now))
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }

    private sealed class Entry(DirectLineConversation conversation, long createdTicks)
    {
        public DirectLineConversation Conversation { get; } = conversation;

        public List<(long Watermark, byte[] Json)> Activities { get; } = [];

        public long LastWatermark;

        public long RedactedUpTo;

        public long LastUsedTicks = createdTicks;
    }
}
