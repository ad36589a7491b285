namespace Vivus.Advisor.Knowledge.Faq.Search;

/// <summary>
/// What a search needs of one analyzed query term, found once per term: its clause's hits, its weight, and which entries
/// hold it as written or within its typo tolerance.
/// </summary>
public sealed class QueryTerm(TermHits hits, double weight, ulong[] heldBy)
{
    public TermHits Hits { get; } = hits;

    public double Weight { get; } = weight;

    /// <summary>The kept hits and entry bits, counted against the search's cache bound.</summary>
    public long Size => Hits.Docs.Length + heldBy.Length;

    public bool IsHeldBy(int entry) => (heldBy[entry >> 6] & (1UL << entry)) != 0;

    /// <summary>A bit per entry, set for every entry holding one of <paramref name="entryLists"/>' entries.</summary>
    public static ulong[] EntryBits(int entryCount, IEnumerable<IReadOnlyList<int>> entryLists)
    {
        var bits = new ulong[(entryCount + 63) >> 6];
        foreach (var entries in entryLists)
            foreach (var entry in entries)
                bits[entry >> 6] |= 1UL << entry;
        return bits;
    }
}
