using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Vivus.Advisor.Knowledge.Faq.Corpus;

/// <summary>Reads every *.yaml file of a corpus directory into entries; missing values become empty so the checker can name them.</summary>
public static class FaqCorpusLoader
{
    public const string DirectoryName = "Corpus";

    /// <summary>The corpus copied beside the assembly by the build, whatever the working directory.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, DirectoryName);

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static FaqCorpus Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new FaqCorpusException($"Corpus directory not found: {directory}");
        var files = Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
            throw new FaqCorpusException($"No *.yaml corpus files in {directory}");
        return new FaqCorpus(files.SelectMany(ReadFile).ToList());
    }

    /// <summary>Loads and refuses a corpus with problems, so a broken edit stops the bot at start-up.</summary>
    public static FaqCorpus LoadChecked(string directory)
    {
        var corpus = Load(directory);
        var problems = FaqCorpusChecker.Check(corpus);
        if (problems.Count > 0)
            throw new FaqCorpusException("FAQ corpus has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        return corpus;
    }

    private static IEnumerable<FaqEntry> ReadFile(string path)
    {
        var fileName = Path.GetFileName(path);
        FaqCorpusFile? file;
        try
        {
            file = Deserializer.Deserialize<FaqCorpusFile>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new FaqCorpusException($"{fileName}: not valid corpus YAML at line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        var category = file?.Category ?? "";
        return (file?.Entries ?? []).Select(entry => ToEntry(entry, category, fileName));
    }

    private static FaqEntry ToEntry(FaqEntryYaml yaml, string category, string fileName) => new(
        Id: yaml.Id?.Trim() ?? "",
        Category: category,
        Title: new LocalizedText(yaml.Title?.Pl?.Trim() ?? "", yaml.Title?.En?.Trim() ?? ""),
        QuestionsPl: Clean(yaml.Questions?.Pl),
        QuestionsEn: Clean(yaml.Questions?.En),
        Answer: new LocalizedText(yaml.Answer?.Pl?.Trim() ?? "", yaml.Answer?.En?.Trim() ?? ""),
        FollowUps: Clean(yaml.FollowUps),
        NeedsHuman: yaml.NeedsHuman,
        SourceFile: fileName);

    private static List<string> Clean(List<string>? values) =>
        (values ?? []).Select(v => v?.Trim() ?? "").ToList();
}
