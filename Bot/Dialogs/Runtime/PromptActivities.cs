using Microsoft.Bot.Schema;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>Copies of prompt activities, so sending (which stamps ids and addresses) never changes the stored options.</summary>
internal static class PromptActivities
{
    public static Activity Copy(IActivity? source)
    {
        var message = source as IMessageActivity;
        return new Activity
        {
            Type = source?.Type ?? ActivityTypes.Message,
            Text = message?.Text,
            Speak = message?.Speak,
            TextFormat = message?.TextFormat,
            Locale = message?.Locale,
            InputHint = string.IsNullOrEmpty(message?.InputHint) ? InputHints.ExpectingInput : message.InputHint,
            Attachments = message?.Attachments is { } attachments ? [.. attachments] : [],
            AttachmentLayout = message?.AttachmentLayout,
            SuggestedActions = message?.SuggestedActions,
            ChannelData = source?.ChannelData,
        };
    }
}
