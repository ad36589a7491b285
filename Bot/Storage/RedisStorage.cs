using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Bot Framework state on Redis, shared by every instance of the bot. Each item is a hash ("etag", "data")
/// that expires after <see cref="StorageOptions.ConversationTimeToLive"/> without reads or writes.
/// E-tags follow the storage contract: an item written with a stale e-tag is refused, atomically on the
/// server; "*" or no e-tag writes unconditionally. Logs name operations and counts, never keys or values.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis, IOptions<StorageOptions> options, ILogger<RedisStorage> logger) : IStorage
{
    // Returns the document and restarts its time to live: a read is activity in the conversation.
    private const string ReadScript = """
        local data = redis.call('HGET', KEYS[1], 'data')
        if data then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return data
        """;

    // ARGV: expected e-tag ('' = unconditional), new e-tag, document, time to live in ms. Returns 0 on a stale e-tag.
    // A missing item accepts any e-tag, as MemoryStorage does, so state that expired can be written again.
    private const string WriteScript = """
        if ARGV[1] ~= '' then
          local current = redis.call('HGET', KEYS[1], 'etag')
          if current and current ~= ARGV[1] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'data', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    private readonly StorageOptions _options = options.Value;

    // Until this Stopwatch timestamp the storage fails at once: set for one operation timeout after a command timed
    // out, so a turn's error handling (it deletes the conversation state) does not wait out a second timeout.
    private long _failFastUntil;

    private long TimeToLiveMs => (long)_options.ConversationTimeToLive.TotalMilliseconds;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = await RunAsync("read", keys.Length, cancellationToken, db => Task.WhenAll(
            keys.Select(key => db.ScriptEvaluateAsync(ReadScript, [RedisKeyOf(key)], [TimeToLiveMs]))));

        var items = new Dictionary<string, object>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!documents[i].IsNull && StateSerializer.Deserialize((string)documents[i]!) is { } value)
            {
                items[keys[i]] = value;
            }
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = await RunAsync("write", changes.Count, cancellationToken,
            db => Task.WhenAll(changes.Select(change => WriteOneAsync(db, change.Key, change.Value))));

        var conflicts = written.Count(ok => !ok);
        if (conflicts > 0)
        {
            logger.LogInformation("State write refused: {Conflicts} of {Count} items had a stale e-tag", conflicts, changes.Count);
            throw StateConflictException.For(conflicts, changes.Count);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return RunAsync("delete", keys.Length, cancellationToken,
            db => Task.WhenAll(keys.Select(key => db.KeyDeleteAsync(RedisKeyOf(key)))));
    }

    private RedisKey RedisKeyOf(string key) => _options.KeyPrefix + key;

    private async Task<bool> WriteOneAsync(IDatabase db, string key, object? value)
    {
        // MemoryStorage keeps a null and reads nothing back; no item at all reads the same.
        if (value is null)
        {
            await db.KeyDeleteAsync(RedisKeyOf(key));
            return true;
        }

        var eTag = Guid.NewGuid().ToString("N");
        var result = await db.ScriptEvaluateAsync(WriteScript, [RedisKeyOf(key)],
            [StateSerializer.ExpectedETag(value) ?? "", eTag, StateSerializer.Serialize(value, eTag), TimeToLiveMs]);
        return (int)result == 1;
    }

    // Items go to Redis one command each, in parallel: every command is atomic and keys need not share a cluster slot.
    private async Task<T> RunAsync<T>(string operation, int count, CancellationToken cancellationToken, Func<IDatabase, Task<T>> commands)
    {
        // A lost connection fails at once instead of waiting out the timeout; the multiplexer reconnects by itself.
        if (!redis.IsConnected || Stopwatch.GetTimestamp() < Volatile.Read(ref _failFastUntil))
        {
            logger.LogWarning("State {Operation} of {Count} items failed at once: Redis is not connected or just timed out", operation, count);
            throw new StateStoreUnavailableException($"The state store is not connected or did not answer just now ({operation}).");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await commands(redis.GetDatabase()).WaitAsync(cancellationToken);
            logger.LogDebug("State {Operation} of {Count} items took {ElapsedMs:F1} ms", operation, count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            Volatile.Write(ref _failFastUntil, Stopwatch.GetTimestamp() + (long)(_options.OperationTimeout.TotalSeconds * Stopwatch.Frequency));
            logger.LogWarning("State {Operation} of {Count} items failed after {ElapsedMs:F0} ms: {Failure}",
                operation, count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.GetType().Name);
            throw new StateStoreUnavailableException($"The state store did not answer the {operation} in time.", e);
        }
    }
}
