using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Copies the conversation state's usual shapes into exactly the objects <see cref="StateSerializer"/> would read back
/// from the JSON it writes of them — whole numbers in object-typed slots as long, a prompt activity with only what
/// <see cref="PromptActivityJson"/> keeps, any dictionary the plain one — sharing the strings, which are immutable.
/// It declines whatever <see cref="StateDocumentReader"/> would leave to Json.NET, so a store falls back to the JSON
/// for it. A copy of a copy is a copy: the in-memory store keeps one per item and hands each turn another.
/// </summary>
internal static class StateSnapshot
{
    // Deeper than any state the dialogs make; a loop in the graph ends here and is left to the serializer, which refuses it.
    private const int MaxDepth = 64;

    /// <summary>Whether <paramref name="value"/> is a document of the shapes copied here; its copy if so.</summary>
    public static bool TryCopy(object value, out object copy)
    {
        object? copied = value switch
        {
            Dictionary<string, object> entries when entries.GetType() == typeof(Dictionary<string, object>) => CopyEntries(entries, 0),
            TranscriptLine line => new TranscriptLine { Role = line.Role, Text = line.Text, Timestamp = line.Timestamp },
            _ => null,
        };
        copy = copied!;
        return copied is not null;
    }

    // A value whose declared type is object; false where the copy would not be what reading its JSON gives.
    private static bool TryCopyValue(object? value, int depth, out object? copy)
    {
        switch (value)
        {
            case null:
                copy = null;
                return true;
            case string text:
                // Json.NET's reader would take a text that begins like a date for one; the document reader leaves it to it.
                copy = text;
                return text.Length == 0 || !(char.IsDigit(text[0]) || text[0] == '/');
            case bool or long:
                copy = value;
                return true;
            case int number:
                copy = (long)number;
                return true;
        }
        copy = ++depth > MaxDepth ? null : value switch
        {
            Dictionary<string, object> entries when entries.GetType() == typeof(Dictionary<string, object>) => CopyEntries(entries, depth),
            DialogState dialogs => CopyDialogState(dialogs, depth),
            CaseFile caseFile => CopyCaseFile(caseFile),
            IntakeStart start => new IntakeStart { Topic = start.Topic },
            PromptOptions options => CopyPromptOptions(options, depth),
            _ => null,
        };
        return copy is not null;
    }

    // Null where an entry cannot be copied. Taken as the concrete type, so that its enumerator is not boxed.
    private static Dictionary<string, object>? CopyEntries(Dictionary<string, object> values, int depth)
    {
        var copy = new Dictionary<string, object>(values.Count);
        foreach (var (key, value) in values)
        {
            // A '$' name would read back as the serializer's metadata.
            if (key.StartsWith('$') || !TryCopyValue(value, depth, out var item))
            {
                return null;
            }
            copy[key] = item!;
        }
        return copy;
    }

    private static DialogState? CopyDialogState(DialogState dialogs, int depth) =>
        TryCopyList(dialogs.DialogStack, instance => CopyDialogInstance(instance, depth), out var stack) ? new DialogState { DialogStack = stack! } : null;

    private static DialogInstance? CopyDialogInstance(DialogInstance instance, int depth)
    {
        if (instance.State is null)
        {
            return new DialogInstance { Id = instance.Id, State = null! };
        }
        return instance.State is Dictionary<string, object> entries && entries.GetType() == typeof(Dictionary<string, object>)
            && CopyEntries(entries, depth) is { } state
            ? new DialogInstance { Id = instance.Id, State = state }
            : null;
    }

    private static CaseFile? CopyCaseFile(CaseFile caseFile) =>
        TryCopyList(caseFile.Details, detail => new CaseDetail { Label = detail.Label, Value = detail.Value }, out var details)
            ? new CaseFile
            {
                Topic = caseFile.Topic,
                Urgent = caseFile.Urgent,
                Pesel = caseFile.Pesel,
                LoanNumber = caseFile.LoanNumber,
                Email = caseFile.Email,
                Phone = caseFile.Phone,
                Details = details!,
                Description = caseFile.Description,
            }
            : null;

    private static PromptOptions? CopyPromptOptions(PromptOptions options, int depth) =>
        TryCopyPromptActivity(options.Prompt, out var prompt) && TryCopyPromptActivity(options.RetryPrompt, out var retryPrompt) &&
        TryCopyValue(options.Validations, depth, out var validations) && TryCopyList(options.Choices, CopyChoice, out var choices)
            ? new PromptOptions
            {
                Prompt = prompt,
                RetryPrompt = retryPrompt,
                Choices = choices,
                Validations = validations,
                Style = options.Style,
                MaxAttempts = options.MaxAttempts,
            }
            : null;

    private static Choice? CopyChoice(Choice choice) =>
        TryCopyList(choice.Synonyms, synonym => synonym, out var synonyms) ? new Choice { Value = choice.Value, Synonyms = synonyms! } : null;

    // A list property as the serializer writes and reads it: null stays null, items null stay null; false where the list is
    // of another type or an item cannot be copied (copyItem gives null).
    private static bool TryCopyList<T>(List<T>? items, Func<T, T?> copyItem, out List<T>? copy)
        where T : class
    {
        copy = null;
        if (items is null)
        {
            return true;
        }
        if (items.GetType() != typeof(List<T>))
        {
            return false;
        }
        var copied = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (item is null)
            {
                copied.Add(null!);
            }
            else if (copyItem(item) is { } itemCopy)
            {
                copied.Add(itemCopy);
            }
            else
            {
                return false;
            }
        }
        copy = copied;
        return true;
    }

    // What PromptActivityJson keeps of an activity the document reader reads: its texts, without attachments, actions or channel data.
    private static bool TryCopyPromptActivity(Activity? activity, out Activity? copy)
    {
        copy = null;
        if (activity is null)
        {
            return true;
        }
        if (activity.Attachments is { Count: > 0 } || activity.SuggestedActions is not null || activity.ChannelData is not null)
        {
            return false;
        }
        copy = new Activity
        {
            Type = activity.Type,
            Text = activity.Text,
            Speak = activity.Speak,
            TextFormat = activity.TextFormat,
            Locale = activity.Locale,
            InputHint = activity.InputHint,
            AttachmentLayout = activity.AttachmentLayout,
        };
        return true;
    }
}
