using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Privacy;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.WebChat;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Built-in Direct Line conversations on Redis, so any instance serves any conversation. Per conversation a hash
/// "{prefix}directline/{id}" (user, locale, last watermark, redacted-up-to) and a sorted set ".../activities" (JSON
/// scored by watermark). Watermarks are assigned in the same Lua script that appends, so they are unique and in
/// order across instances; both keys expire after the idle timeout; only the latest activities are kept.
/// </summary>
public sealed class RedisDirectLineStore(
    IConnectionMultiplexer redis, IOptions<StorageOptions> storage, IOptions<WebChatOptions> options, PublishedTexts published)
    : IDirectLineStore
{
    private const string CreateScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
          return 0
        end
        redis.call('HSET', KEYS[1], 'user', ARGV[1], 'locale', ARGV[2], 'last', 0, 'redacted', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private const string FindScript = """
        local found = redis.call('HMGET', KEYS[1], 'user', 'locale')
        if not found[1] then return false end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[1])
        return found
        """;

    // ARGV: activity JSON with a placeholder for its id, the placeholder, "{conversation}|", time to live (ms), cap.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        local watermark = redis.call('HINCRBY', KEYS[1], 'last', 1)
        local id = ARGV[3] .. string.format('%07d', watermark)
        local from, to = string.find(ARGV[1], ARGV[2], 1, true)
        redis.call('ZADD', KEYS[2], watermark, string.sub(ARGV[1], 1, from - 1) .. id .. string.sub(ARGV[1], to + 1))
        redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(tonumber(ARGV[5]) + 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        return watermark
        """;

    // Returns the last watermark, how far delivered activities are redacted, the activities after ARGV[1] with scores,
    // and those delivered but not yet redacted (up to ARGV[1]) with scores, so a poll costs one round trip before redacting.
    private const string ReadScript = """
        local state = redis.call('HMGET', KEYS[1], 'last', 'redacted')
        if not state[1] then return false end
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        local delivered = {}
        if tonumber(ARGV[1]) > tonumber(state[2]) then
          delivered = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. state[2], ARGV[1], 'WITHSCORES')
        end
        return { state[1], state[2], redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf', 'WITHSCORES'), delivered }
        """;

    // ARGV: the new redacted-up-to watermark, then (score, stored JSON, redacted JSON) triples. An activity trimmed
    // meanwhile stays gone.
    private const string RedactScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        for i = 2, #ARGV, 3 do
          if redis.call('ZREM', KEYS[2], ARGV[i + 1]) == 1 then redis.call('ZADD', KEYS[2], ARGV[i], ARGV[i + 2]) end
        end
        if tonumber(ARGV[1]) > tonumber(redis.call('HGET', KEYS[1], 'redacted') or '0') then
          redis.call('HSET', KEYS[1], 'redacted', ARGV[1])
        end
        return 1
        """;

    private readonly string _prefix = storage.Value.KeyPrefix + "directline/";
    private readonly WebChatOptions _options = options.Value;

    private long TimeToLiveMs => (long)_options.ConversationIdleTimeout.TotalMilliseconds;

    public async Task<DirectLineCreateResult> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var created = await RunAsync(db => db.ScriptEvaluateAsync(CreateScript, [MetaKey(conversation.Id)],
            [conversation.UserId, conversation.Locale ?? "", TimeToLiveMs]), cancellationToken);
        return (int)created == 1 ? DirectLineCreateResult.Created : DirectLineCreateResult.AlreadyExists;
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var found = await RunAsync(db => db.ScriptEvaluateAsync(FindScript, Keys(conversationId), [TimeToLiveMs]), cancellationToken);
        if (found.IsNull)
        {
            return null;
        }
        var fields = (RedisResult[])found!;
        var locale = (string?)fields[1];
        return new DirectLineConversation(conversationId, (string)fields[0]!, string.IsNullOrEmpty(locale) ? null : locale);
    }

    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var placeholder = "dl-id-" + Guid.NewGuid().ToString("N");
        activity.Id = placeholder;
        var json = DirectLineActivityJson.Serialize(activity);
        var watermark = await RunAsync(db => db.ScriptEvaluateAsync(AppendScript, Keys(conversationId),
            [json, placeholder, conversationId + "|", TimeToLiveMs, _options.MaxActivitiesPerConversation]), cancellationToken);
        if (watermark.IsNull)
        {
            activity.Id = null;
            return null;
        }
        activity.Id = DirectLineActivityJson.Id(conversationId, (long)watermark);
        return activity.Id;
    }

    public async Task<DirectLineActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var keys = Keys(conversationId);
        var read = await RunAsync(db => db.ScriptEvaluateAsync(ReadScript, keys, [watermark, TimeToLiveMs]), cancellationToken);
        if (read.IsNull)
        {
            return null;
        }
        var parts = (RedisResult[])read!;
        var last = (long)parts[0];
        var redactedUpTo = (long)parts[1];
        var scored = (RedisResult[])parts[2]!;
        var activities = new List<byte[]>(scored.Length / 2);
        var next = Math.Min(watermark, last);
        for (var i = 0; i < scored.Length; i += 2)
        {
            activities.Add((byte[])scored[i]!);
            next = (long)scored[i + 1];
        }

        var delivered = Math.Min(watermark, last);
        if (delivered > redactedUpTo)
        {
            await RedactDeliveredAsync(keys, delivered, (RedisResult[])parts[3]!, cancellationToken);
        }
        return new DirectLineActivitySet(activities, next);
    }

    // The client asks from the watermark it has, so everything up to it was delivered and is kept masked from now on.
    private async Task RedactDeliveredAsync(RedisKey[] keys, long upTo, RedisResult[] scored, CancellationToken cancellationToken)
    {
        var arguments = new List<RedisValue>(1 + scored.Length / 2 * 3) { upTo };
        for (var i = 0; i < scored.Length; i += 2)
        {
            var json = (byte[])scored[i]!;
            var redacted = DeliveredActivityRedactor.Redact(json, published);
            if (!ReferenceEquals(redacted, json))
            {
                arguments.AddRange([(long)scored[i + 1], json, redacted]);
            }
        }
        await RunAsync(db => db.ScriptEvaluateAsync(RedactScript, keys, [.. arguments]), cancellationToken);
    }

    private RedisKey MetaKey(string conversationId) => _prefix + conversationId;

    private RedisKey[] Keys(string conversationId) => [MetaKey(conversationId), _prefix + conversationId + "/activities"];

    // The endpoint answers 503 to a StateStoreUnavailableException; a raw Redis failure would be a 500.
    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            throw new StateStoreUnavailableException("The Direct Line store is not connected.");
        }
        try
        {
            return await command(redis.GetDatabase()).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new StateStoreUnavailableException($"The Direct Line store did not answer ({e.GetType().Name}).", e);
        }
    }
}
