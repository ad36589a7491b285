using System.Globalization;
using Microsoft.Bot.Builder;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Bot Framework state in this process's memory, for a single instance without Redis. Each item is kept as the values
/// the JSON document <see cref="StateSerializer"/> writes for Redis would read back as, so both stores hand back the same:
/// the conversation state's usual shapes as a private copy (<see cref="StateSnapshot"/>), which each read copies again
/// instead of parsing, anything else as that JSON.
/// E-tags follow the same contract as <see cref="RedisStorage"/>: an item written with a stale e-tag is refused
/// with a <see cref="StateConflictException"/>; "*" or no e-tag writes unconditionally; a missing item accepts any.
/// </summary>
public sealed class InMemoryStorage : IStorage
{
    private readonly Dictionary<string, StoredDocument> _items = [];
    private readonly Lock _lock = new();
    private long _lastETag;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = new StoredDocument?[keys.Length];
        lock (_lock)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                documents[i] = _items.GetValueOrDefault(keys[i]);
            }
        }

        IDictionary<string, object> items = new Dictionary<string, object>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (documents[i]?.Read() is { } value)
            {
                items[keys[i]] = value;
            }
        }
        return Task.FromResult(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var conflicts = 0;
        foreach (var (key, value) in changes)
        {
            if (!TryWrite(key, value))
            {
                conflicts++;
            }
        }
        if (conflicts > 0)
        {
            throw StateConflictException.For(conflicts, changes.Count);
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    private bool TryWrite(string key, object? value)
    {
        // A null reads back as no item, as with MemoryStorage.
        if (value is null)
        {
            lock (_lock)
            {
                _items.Remove(key);
            }
            return true;
        }

        var expected = StateSerializer.ExpectedETag(value);
        var eTag = Interlocked.Increment(ref _lastETag).ToString(CultureInfo.InvariantCulture);
        var document = StateSnapshot.TryCopy(value, out var snapshot)
            ? new StoredDocument(eTag, null, snapshot)
            : new StoredDocument(eTag, StateSerializer.Serialize(value, eTag), null);
        lock (_lock)
        {
            if (expected is not null && _items.TryGetValue(key, out var current) && current.ETag != expected)
            {
                return false;
            }
            _items[key] = document;
        }
        return true;
    }

    /// <summary>An item as its JSON or, for the shapes <see cref="StateSnapshot"/> copies, as a copy no turn holds.</summary>
    private sealed record StoredDocument(string ETag, string? Json, object? Snapshot)
    {
        public object? Read()
        {
            if (Snapshot is null)
            {
                return StateSerializer.Deserialize(Json!);
            }
            StateSnapshot.TryCopy(Snapshot, out var copy);
            return copy;
        }
    }
}
