using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>Checks the "Storage" section at start-up; failures name the key and never echo the connection string.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Root = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (options.UsesRedis)
        {
            try
            {
                ConfigurationOptions.Parse(options.RedisConnectionString!);
            }
            catch (ArgumentException)
            {
                failures.Add($"{Root}:RedisConnectionString is not a valid Redis connection string.");
            }

            if (string.IsNullOrWhiteSpace(options.KeyPrefix))
            {
                failures.Add($"{Root}:KeyPrefix must not be empty when Redis is used.");
            }
        }

        Within(options.ConversationTimeToLive, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), $"{Root}:ConversationTimeToLive", failures);
        Within(options.ConnectTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), $"{Root}:ConnectTimeout", failures);
        Within(options.OperationTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), $"{Root}:OperationTimeout", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Within(TimeSpan value, TimeSpan min, TimeSpan max, string key, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min:c} and {max:c}.");
        }
    }
}
