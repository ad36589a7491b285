using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Middleware;

/// <summary>
/// Keeps the messages exchanged while a case is taken down, with personal data masked, for the live-agent handoff.
/// It is the only transcript the advisor keeps, so nothing raw is ever written to one; outside a case nothing is kept.
/// Each line is its own storage item, written once at the end of its turn: kept inside the conversation state, the
/// growing transcript was serialized four times a turn (two change checks, a write and a read), most of an intake turn.
/// </summary>
public sealed class RedactedTranscript : Microsoft.Bot.Builder.IMiddleware
{
    public const int MaxLines = 40;

    // The turn's lines, written at its end; beside TurnState rather than in it, whose string keys hash through ICU.
    private readonly ConditionalWeakTable<TurnContextStateCollection, TurnLines> _turns = new();

    // How many lines the case has had (null: not recording); line n lives in slot n % MaxLines.
    private readonly IStatePropertyAccessor<int?> _count;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;

    public RedactedTranscript(TrackedConversationState conversationState, IStorage storage, TimeProvider time)
    {
        _count = conversationState.CreateProperty<int?>("transcriptLines");
        _storage = storage;
        _time = time;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } text })
        {
            await AppendAsync(turnContext, "user", text, cancellationToken);
        }
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text)))
            {
                await AppendAsync(context, "bot", activity.Text, cancellationToken);
            }
            return await nextSend();
        });
        await next(cancellationToken);
        if (_turns.TryGetValue(turnContext.TurnState, out var lines) && lines.Pending.Count > 0)
        {
            await _storage.WriteAsync(lines.Pending, cancellationToken);
        }
    }

    /// <summary>Starts keeping the transcript, from the message that asked for a consultant.</summary>
    public async Task BeginAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _count.SetAsync(turnContext, 0, cancellationToken);
        Lines(turnContext).Pending.Clear();
        if (turnContext.Activity.Text is { Length: > 0 } text)
        {
            await AppendAsync(turnContext, "user", text, cancellationToken);
        }
    }

    /// <summary>The masked transcript, oldest line first.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var keys = await KeptLineKeysAsync(turnContext, cancellationToken);
        var pending = Lines(turnContext).Pending;
        var stored = await _storage.ReadAsync(keys.Where(k => !pending.ContainsKey(k)).ToArray(), cancellationToken);
        return keys
            .Select(key => pending.GetValueOrDefault(key) ?? (stored.TryGetValue(key, out var value) ? value : null))
            .Select(value => value is JObject json ? json.ToObject<TranscriptLine>() : value as TranscriptLine)
            .OfType<TranscriptLine>()
            .ToList();
    }

    /// <summary>Stops keeping the transcript and forgets it.</summary>
    public async Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var keys = await KeptLineKeysAsync(turnContext, cancellationToken);
        Lines(turnContext).Pending.Clear();
        await _count.DeleteAsync(turnContext, cancellationToken);
        if (keys.Length > 0)
        {
            await _storage.DeleteAsync(keys, cancellationToken);
        }
    }

    private async Task AppendAsync(ITurnContext turnContext, string role, string text, CancellationToken cancellationToken)
    {
        if (await _count.GetAsync(turnContext, () => null, cancellationToken) is not { } count)
        {
            return;
        }
        var line = new TranscriptLine { Role = role, Text = PersonalDataRedactor.Redact(text), Timestamp = _time.GetUtcNow() };
        var lines = Lines(turnContext);
        lines.Pending[LineKey(lines.KeyPrefix, count)] = line;
        await _count.SetAsync(turnContext, count + 1, cancellationToken);
    }

    private async Task<string[]> KeptLineKeysAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = await _count.GetAsync(turnContext, () => null, cancellationToken) ?? 0;
        var first = Math.Max(0, count - MaxLines);
        var prefix = Lines(turnContext).KeyPrefix;
        var keys = new string[count - first];
        for (var n = first; n < count; n++)
        {
            keys[n - first] = LineKey(prefix, n);
        }
        return keys;
    }

    // The line keys live beside the conversation's state item.
    private TurnLines Lines(ITurnContext turnContext) =>
        _turns.GetOrAdd(turnContext.TurnState, static (_, turn) => new TurnLines(TrackedConversationState.StorageKey(turn) + "/transcript/"), turnContext);

    private static string LineKey(string prefix, int line) => prefix + (line % MaxLines).ToString(CultureInfo.InvariantCulture);

    /// <summary>A turn's lines not yet written, by storage key, and the conversation's prefix of those keys.</summary>
    private sealed class TurnLines(string keyPrefix)
    {
        public string KeyPrefix { get; } = keyPrefix;

        public Dictionary<string, object> Pending { get; } = new(StringComparer.Ordinal);
    }
}

public sealed class TranscriptLine
{
    public string Role { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }
}
