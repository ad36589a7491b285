namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>What a channel can show; prompts fall back to plain text where it cannot show buttons.</summary>
public static class ChannelCapabilities
{
    // How many suggested-action buttons each channel shows; channels not listed show none.
    private static readonly Dictionary<string, int> SuggestedActionLimits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["emulator"] = 100,
        ["directline"] = 100,
        ["directlinespeech"] = 100,
        ["webchat"] = 100,
        ["telegram"] = 100,
        ["facebook"] = 10,
        ["skype"] = 10,
        ["line"] = 13,
        ["kik"] = 20,
    };

    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100) =>
        channelId is not null && SuggestedActionLimits.TryGetValue(channelId, out var limit) && buttonCount <= limit;
}
