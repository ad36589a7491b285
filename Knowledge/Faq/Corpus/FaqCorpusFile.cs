namespace Vivus.Advisor.Knowledge.Faq.Corpus;

/// <summary>The shape of one corpus YAML file, as editors write it.</summary>
internal sealed class FaqCorpusFile
{
    public string? Category { get; set; }
    public List<FaqEntryYaml>? Entries { get; set; }
}

internal sealed class FaqEntryYaml
{
    public string? Id { get; set; }
    public LocalizedYaml? Title { get; set; }
    public LocalizedListYaml? Questions { get; set; }
    public LocalizedYaml? Answer { get; set; }
    public List<string>? FollowUps { get; set; }
    public bool NeedsHuman { get; set; }
}

internal sealed class LocalizedYaml
{
    public string? Pl { get; set; }
    public string? En { get; set; }
}

internal sealed class LocalizedListYaml
{
    public List<string>? Pl { get; set; }
    public List<string>? En { get; set; }
}
