namespace Vivus.Advisor.Bot.Concurrency;

/// <summary>One <see cref="SemaphoreSlim"/> per key, created on demand and dropped when nobody holds or awaits it.</summary>
public sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Number of keys currently held or awaited; the rest were cleaned up.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Null when the wait ran out.</summary>
    public async Task<IDisposable?> TryAcquireAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }
            entry.Users++;
        }

        var entered = false;
        try
        {
            entered = await entry.Semaphore.WaitAsync(wait, cancellationToken);
        }
        finally
        {
            if (!entered)
            {
                Leave(key, entry);
            }
        }
        return entered ? new Holder(this, key, entry) : null;
    }

    private void Leave(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users;
    }

    private sealed class Holder(KeyedAsyncLock owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
