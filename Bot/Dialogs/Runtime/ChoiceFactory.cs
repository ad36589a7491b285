using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Renders a prompt with its choices as buttons or as a numbered list, depending on the channel.</summary>
public static class ChoiceFactory
{
    public static Activity ForChannel(string? channelId, IActivity? prompt, IReadOnlyList<Choice> choices, ListStyle style)
    {
        var activity = PromptActivities.Copy(prompt);
        var effective = style == ListStyle.Auto
            ? ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count) ? ListStyle.SuggestedAction : ListStyle.List
            : style;

        switch (effective)
        {
            case ListStyle.SuggestedAction:
                activity.SuggestedActions = new SuggestedActions
                {
                    Actions = [.. choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, value: c.Value))],
                };
                break;
            case ListStyle.List:
                var list = string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Value}"));
                activity.Text = string.IsNullOrEmpty(activity.Text) ? list : $"{activity.Text}\n\n{list}";
                break;
        }
        return activity;
    }
}
