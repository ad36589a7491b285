namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
