using System.Collections.Concurrent;

namespace Vivus.Advisor.Knowledge.Caching;

/// <summary>
/// Remembers a pure function's results for text customers send, which repeats but never ends: past
/// <paramref name="maxEntries"/> a new key is simply worked out each time. Thread-safe.
/// </summary>
public sealed class BoundedCache<TValue>(int maxEntries)
{
    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    // ConcurrentDictionary.Count takes every lock, so the entries are counted here.
    private int _count;

    public TValue GetOrAdd(string key, Func<string, TValue> create)
    {
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }
        var value = create(key);
        if (Volatile.Read(ref _count) < maxEntries && _entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
        return value;
    }
}
