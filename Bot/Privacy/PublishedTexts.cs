using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Privacy;

/// <summary>
/// Texts the advisor publishes alike to every customer: FAQ answers and contact cards, filled in from the corpus and the
/// contact settings only. They hold the hotline numbers and Vivus's own address, which the personal-data patterns take for
/// a customer's, so delivered-activity masking skips them: it no longer runs four patterns over every answer, and a
/// reloaded conversation still shows the numbers to call. Replies built for one customer (the hours right now, the
/// handoff) quote the same <see cref="ContactValues"/>, which their masking keeps.
/// </summary>
public sealed class PublishedTexts
{
    // Entries × languages and a few cards; the bound only guards against a producer that is not as fixed as it should be.
    private const int MaxTexts = 50_000;

    // Lengths up to this are noted in a bit set, so most texts that were never published are told apart without hashing
    // them: a ready-to-send e-mail or a handoff transcript costs microseconds to hash.
    private const int MaxNotedLength = 1 << 16;

    private readonly ConcurrentDictionary<string, byte> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _lengths = new ulong[MaxNotedLength / 64];
    private int _count;

    // Each text also as a delivered activity holds it: the UTF-8 of Json.NET's escaping, which the activity writer uses,
    // without the quotes. Found by its length and first and last eight bytes, then compared whole, a delivered answer is
    // told published without decoding it to text and hashing that, which cost more than the rest of its masking pass.
    private readonly ConcurrentDictionary<(int Length, ulong Head, ulong Tail), byte[]> _written = new();

    public PublishedTexts(VivusContactValues? contactValues = null)
    {
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        ContactValues = contactValues;
    }

    /// <summary>Vivus's own numbers and address; null where every number and address is masked.</summary>
    public VivusContactValues? ContactValues { get; }

    /// <summary>Notes a text as published; only for text built from the corpus and settings, never from what a customer wrote.</summary>
    public string Publish(string text)
    {
        // ConcurrentDictionary.Count takes every lock, so the texts are counted here.
        if (!_texts.ContainsKey(text) && Volatile.Read(ref _count) < MaxTexts)
        {
            // The length is noted before the text can be found, so a reader that finds its length unnoted may skip it.
            if (text.Length < MaxNotedLength)
            {
                Interlocked.Or(ref _lengths[text.Length / 64], 1UL << (text.Length % 64));
            }
            if (_texts.TryAdd(text, 0))
            {
                Interlocked.Increment(ref _count);
                var written = Encoding.UTF8.GetBytes(JsonConvert.ToString(text)[1..^1]);
                _written.TryAdd(WrittenKey(written), written);
            }
        }
        return text;
    }

    /// <summary>Whether a JSON string value, as written (UTF-8, escaped, without its quotes), is a published text.</summary>
    /// <remarks>A false answer is no verdict: the value may be a published text escaped another way, which <see cref="Contains"/> tells.</remarks>
    public bool ContainsWritten(ReadOnlySpan<byte> jsonValue) =>
        _written.TryGetValue(WrittenKey(jsonValue), out var written) && jsonValue.SequenceEqual(written);

    private static (int, ulong, ulong) WrittenKey(ReadOnlySpan<byte> value) => value.Length >= sizeof(ulong)
        ? (value.Length, BinaryPrimitives.ReadUInt64LittleEndian(value), BinaryPrimitives.ReadUInt64LittleEndian(value[^sizeof(ulong)..]))
        : (value.Length, 0, 0);

    public bool Contains(ReadOnlySpan<char> text) =>
        (text.Length >= MaxNotedLength || (Volatile.Read(ref _lengths[text.Length / 64]) & (1UL << (text.Length % 64))) != 0)
        && _lookup.ContainsKey(text);
}
