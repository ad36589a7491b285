using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Vivus.Advisor.Bot.RateLimiting;

/// <summary>Counts the activities a channel posts to /api/messages per conversation; also the one-minute window all limits use.</summary>
public sealed class ConversationMessageLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(conversation =>
        RateLimitPartition.GetFixedWindowLimiter(conversation, _ => PerMinute(options.Value.MessagesPerConversationPerMinute)));

    private readonly bool _enabled = options.Value.Enabled;

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryTake(string channelId, string conversationId)
    {
        if (!_enabled)
        {
            return null;
        }
        using var lease = _limiter.AttemptAcquire(channelId + "/" + conversationId);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    public static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);

    public void Dispose() => _limiter.Dispose();
}
