namespace Vivus.Advisor.Bot.Cases;

/// <summary>The "Handoff" section: how a collected case leaves the advisor.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>
    /// A live-agent hub is connected to the channel and may receive the full PESEL in the handoff.initiate event;
    /// off by default, so the event carries it masked.
    /// </summary>
    public bool LiveAgentEnabled { get; set; }
}
