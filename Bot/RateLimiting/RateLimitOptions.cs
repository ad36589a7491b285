using System.ComponentModel.DataAnnotations;

namespace Vivus.Advisor.Bot.RateLimiting;

/// <summary>The "RateLimits" settings: requests allowed per minute (fixed one-minute windows) before 429.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>False turns every limit off (e.g. behind a gateway that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests to the built-in Direct Line and the token endpoints from one client IP address.</summary>
    [Range(1, 10_000_000)]
    public int PerClientPerMinute { get; set; } = 1200;

    /// <summary>Requests to the built-in Direct Line with one conversation's token (polls included: Web Chat polls once a second).</summary>
    [Range(1, 10_000_000)]
    public int PerConversationPerMinute { get; set; } = 300;

    /// <summary>Activities posted into one conversation, through the built-in Direct Line or /api/messages.</summary>
    [Range(1, 10_000_000)]
    public int MessagesPerConversationPerMinute { get; set; } = 30;
}
