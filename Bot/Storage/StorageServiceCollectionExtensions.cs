using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Vivus.Advisor.Bot.Storage;

// In Program's namespace, so wiring the storage into Program.cs takes one line and no using.
namespace Vivus.Advisor.Bot;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> behind conversation and user state: Redis when
    /// "Storage:RedisConnectionString" is set (with the shared <see cref="IConnectionMultiplexer"/>, connected on
    /// first use, and a "redis" health check), otherwise <see cref="InMemoryStorage"/>. Settings are validated at start-up.
    /// </summary>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.SectionName);
        services.AddOptions<StorageOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        if (!section.Get<StorageOptions>()?.UsesRedis ?? true)
        {
            services.TryAddSingleton<IStorage, InMemoryStorage>();
            return services;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnector.Connect(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RedisConnector))));
        services.TryAddSingleton<IStorage, RedisStorage>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }
}
