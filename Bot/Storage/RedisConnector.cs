using StackExchange.Redis;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>Opens the one Redis connection of the app, with every wait bounded and no key names in errors.</summary>
public static class RedisConnector
{
    public static ConfigurationOptions Configuration(StorageOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.RedisConnectionString!);
        // Start even when Redis is down and keep reconnecting in the background.
        configuration.AbortOnConnectFail = false;
        configuration.ConnectRetry = 1;
        configuration.ConnectTimeout = Milliseconds(options.ConnectTimeout);
        configuration.SyncTimeout = Milliseconds(options.OperationTimeout);
        configuration.AsyncTimeout = Milliseconds(options.OperationTimeout);
        // Timeouts are noticed on the heartbeat; the default second would let a 2 s timeout take 3 s.
        configuration.HeartbeatInterval = TimeSpan.FromMilliseconds(250);
        // Retry a lost connection every second rather than backing off, so service resumes soon after Redis does.
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        // Keys carry conversation and user ids; exception texts end up in logs.
        configuration.IncludeDetailInExceptions = false;
        configuration.ClientName ??= "vivus-advisor";
        return configuration;
    }

    public static IConnectionMultiplexer Connect(StorageOptions options, ILogger logger)
    {
        var redis = ConnectionMultiplexer.Connect(Configuration(options));
        redis.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost: {FailureType}", e.FailureType);
        redis.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored");
        if (!redis.IsConnected)
        {
            logger.LogWarning("Redis is not reachable yet; state operations fail until it is");
        }
        return redis;
    }

    private static int Milliseconds(TimeSpan value) => (int)value.TotalMilliseconds;
}
