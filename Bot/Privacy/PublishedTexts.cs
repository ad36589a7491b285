using System.Collections.Concurrent;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>
/// Texts the advisor publishes alike to every customer: FAQ answers and contact cards, filled in from the corpus and the
/// contact settings only. They hold the hotline numbers and Vivus's own address, which the personal-data patterns take for
/// a customer's, so delivered-activity masking skips them: it no longer runs four patterns over every answer, and a
/// reloaded conversation still shows the numbers to call.
/// </summary>
public sealed class PublishedTexts
{
    // Entries × languages and a few cards; the bound only guards against a producer that is not as fixed as it should be.
    private const int MaxTexts = 50_000;

    private readonly ConcurrentDictionary<string, byte> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public PublishedTexts() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Notes a text as published; only for text built from the corpus and settings, never from what a customer wrote.</summary>
    public string Publish(string text)
    {
        // ConcurrentDictionary.Count takes every lock, so the texts are counted here.
        if (!_texts.ContainsKey(text) && Volatile.Read(ref _count) < MaxTexts && _texts.TryAdd(text, 0))
        {
            Interlocked.Increment(ref _count);
        }
        return text;
    }

    public bool Contains(ReadOnlySpan<char> text) => _lookup.ContainsKey(text);
}
