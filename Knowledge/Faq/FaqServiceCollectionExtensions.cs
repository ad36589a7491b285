using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Knowledge.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// Registers the FAQ as singletons: the checked corpus (from <paramref name="corpusDirectory"/> or the copy beside
    /// the assembly), its in-memory index, the search and <see cref="FaqAnswerer"/>, with the contact directory the
    /// answers' placeholders are filled from. A corpus with problems throws <see cref="FaqCorpusException"/> on first resolve.
    /// </summary>
    public static IServiceCollection AddFaqKnowledge(
        this IServiceCollection services, IConfiguration configuration, string? corpusDirectory = null, FaqAnswerOptions? options = null)
    {
        services.AddContactDirectory(configuration);
        services.AddSingleton(_ => FaqCorpusLoader.LoadChecked(corpusDirectory ?? FaqCorpusLoader.DefaultDirectory));
        services.AddSingleton<FaqIndex>();
        services.AddSingleton<FaqSearch>();
        services.AddSingleton(options ?? new FaqAnswerOptions());
        services.AddSingleton<FaqAnswerer>();
        return services;
    }
}
