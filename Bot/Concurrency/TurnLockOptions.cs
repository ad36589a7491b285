using System.ComponentModel.DataAnnotations;

namespace Vivus.Advisor.Bot.Concurrency;

/// <summary>The "TurnLock" settings: how long a turn waits for the previous one of its conversation, and holds at most.</summary>
public sealed class TurnLockOptions
{
    public const string SectionName = "TurnLock";

    /// <summary>Longest wait for the conversation's previous turn; then the request is answered 503 with Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The shared (Redis) lock expires after this long, so a crashed instance never blocks a conversation for good.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HoldTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
