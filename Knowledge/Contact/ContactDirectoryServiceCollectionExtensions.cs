using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Dates;
using Vivus.Advisor.Knowledge.Hours;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Knowledge.Contact;

public static class ContactDirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Contact" section, validates it at start-up (errors name the bad key) and
    /// registers the hours engine and the hours question answerer as singletons.
    /// </summary>
    public static IServiceCollection AddContactDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        // Binding twice would append the hotline list to itself.
        if (services.Any(d => d.ServiceType == typeof(HotlineClock)))
            return services;
        services.AddOptions<ContactOptions>()
            .Bind(configuration.GetSection(ContactOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContactOptions>, ContactOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ContactOptions>>().Value);
        services.TryAddSingleton(sp => new HotlineTimeZone(sp.GetRequiredService<ContactOptions>().TimeZone));
        services.TryAddSingleton<HotlineCalendar>();
        services.TryAddSingleton<HotlineClock>();
        services.TryAddSingleton<EmailReplyEstimator>();
        services.TryAddSingleton<PolishTimeRecognizer>();
        services.TryAddSingleton<EnglishTimeRecognizer>();
        services.TryAddSingleton<HoursQuestionAnswerer>();
        return services;
    }
}
