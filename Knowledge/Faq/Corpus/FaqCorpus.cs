namespace Vivus.Advisor.Knowledge.Faq.Corpus;

/// <summary>All FAQ entries, in file order, with look-up by id.</summary>
public sealed class FaqCorpus
{
    private readonly Dictionary<string, FaqEntry> _byId;

    public FaqCorpus(IReadOnlyList<FaqEntry> entries)
    {
        Entries = entries;
        _byId = new Dictionary<string, FaqEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            _byId.TryAdd(entry.Id, entry);
    }

    public IReadOnlyList<FaqEntry> Entries { get; }

    public FaqEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
