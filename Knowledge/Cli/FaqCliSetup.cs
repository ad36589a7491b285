using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Search;
using Vivus.Advisor.Knowledge.Settings;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>What the FAQ commands share: settings from appsettings.json beside the assembly plus environment variables, and the corpus.</summary>
public static class FaqCliSetup
{
    public static ContactOptions LoadContact()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(SettingsFile.PathNextToAssembly, optional: true)
            .AddEnvironmentVariables()
            .Build();
        return configuration.GetSection(ContactOptions.SectionName).Get<ContactOptions>() ?? new ContactOptions();
    }

    /// <summary>"--corpus DIR" if given, else the corpus copied beside the assembly.</summary>
    public static string CorpusDirectory(IReadOnlyList<string> args)
    {
        var at = args.ToList().IndexOf("--corpus");
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : FaqCorpusLoader.DefaultDirectory;
    }

    public static FaqAnswerer CreateAnswerer(FaqCorpus corpus, ContactOptions contact) =>
        new(new FaqSearch(new FaqIndex(corpus)), Options.Create(contact));
}
