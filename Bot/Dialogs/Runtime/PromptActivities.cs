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
            InputHint = InputHintFor(message),
            Attachments = message?.Attachments is { } attachments ? [.. attachments] : [],
            AttachmentLayout = message?.AttachmentLayout,
            SuggestedActions = message?.SuggestedActions,
            ChannelData = source?.ChannelData,
        };
    }

    // MessageFactory marks text "acceptingInput" by default; a prompt waits for an answer, so it says so.
    private static string InputHintFor(IMessageActivity? message) =>
        message?.InputHint is null or "" or InputHints.AcceptingInput ? InputHints.ExpectingInput : message.InputHint;
}
