using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>/healthz: Unhealthy while the state store cannot be reached, so a load balancer can route around it.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected.");
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:F1} ms.");
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis did not answer: {e.GetType().Name}.");
        }
    }
}
