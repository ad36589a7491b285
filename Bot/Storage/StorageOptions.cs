namespace Vivus.Advisor.Bot.Storage;

/// <summary>The "Storage" settings: where conversation and user state live and for how long.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>StackExchange.Redis connection string; empty keeps state in this process's memory.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>Put before every key, so several bots can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "vivus-advisor:";

    /// <summary>How long an item outlives its last read or write.</summary>
    public TimeSpan ConversationTimeToLive { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for one Redis command, so a turn never hangs on a lost server.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public bool UsesRedis => !string.IsNullOrWhiteSpace(RedisConnectionString);
}
