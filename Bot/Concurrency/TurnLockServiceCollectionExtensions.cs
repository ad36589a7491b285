using Microsoft.Extensions.Options;
using Vivus.Advisor.Bot.Concurrency;
using Vivus.Advisor.Bot.Storage;

// In Program's namespace, so wiring the lock into Program.cs takes one line and no using.
namespace Vivus.Advisor.Bot;

public static class TurnLockServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConversationTurnLock"/>: in process always, and across instances on Redis when
    /// "Storage:RedisConnectionString" is set. Call after AddConversationStorage, which registers the connection.
    /// </summary>
    public static IServiceCollection AddConversationTurnLock(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TurnLockOptions>()
            .Bind(configuration.GetSection(TurnLockOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<KeyedAsyncLock>();
        var usesRedis = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.UsesRedis ?? false;
        if (usesRedis)
        {
            services.AddSingleton<RedisTurnLock>();
            services.AddSingleton<IConversationTurnLock>(sp => new ConversationTurnLock(
                sp.GetRequiredService<KeyedAsyncLock>(), sp.GetRequiredService<IOptions<TurnLockOptions>>(), sp.GetRequiredService<RedisTurnLock>()));
        }
        else
        {
            services.AddSingleton<IConversationTurnLock>(sp => new ConversationTurnLock(
                sp.GetRequiredService<KeyedAsyncLock>(), sp.GetRequiredService<IOptions<TurnLockOptions>>()));
        }
        return services;
    }
}
