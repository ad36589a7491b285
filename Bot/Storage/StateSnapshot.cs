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
        copy = null!;
        if (value.GetType() == typeof(Dictionary<string, object>))
        {
            if (!TryCopyEntries((Dictionary<string, object>)value, 0, out var entries))
            {
                return false;
            }
            copy = entries;
            return true;
        }
        if (value is TranscriptLine line)
        {
            copy = new TranscriptLine { Role = line.Role, Text = line.Text, Timestamp = line.Timestamp };
            return true;
        }
        return false;
    }

    // A value whose declared type is object.
    private static bool TryCopyValue(object? value, int depth, out object? copy)
    {
        copy = null;
        switch (value)
        {
            case null:
                return true;
            case string text:
                // Json.NET's reader would take a text that begins like a date for one; the document reader leaves it to it.
                copy = text;
                return text.Length == 0 || !(char.IsDigit(text[0]) || text[0] == '/');
            case bool flag:
                copy = flag;
                return true;
            case int number:
                copy = (long)number;
                return true;
            case long number:
                copy = number;
                return true;
        }
        if (++depth > MaxDepth)
        {
            return false;
        }
        switch (value)
        {
            case Dictionary<string, object> values when values.GetType() == typeof(Dictionary<string, object>):
                if (TryCopyEntries(values, depth, out var entries))
                {
                    copy = entries;
                    return true;
                }
                return false;
            case DialogState dialogs:
                if (TryCopyDialogState(dialogs, depth, out var stack))
                {
                    copy = stack;
                    return true;
                }
                return false;
            case CaseFile caseFile:
                if (TryCopyCaseFile(caseFile, out var file))
                {
                    copy = file;
                    return true;
                }
                return false;
            case IntakeStart start:
                copy = new IntakeStart { Topic = start.Topic };
                return true;
            case PromptOptions options:
                if (TryCopyPromptOptions(options, depth, out var prompt))
                {
                    copy = prompt;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static bool TryCopyEntries(IDictionary<string, object> values, int depth, out Dictionary<string, object> copy)
    {
        copy = new Dictionary<string, object>(values.Count);
        foreach (var (key, value) in values)
        {
            // A '$' name would read back as the serializer's metadata.
            if (key.StartsWith('$') || !TryCopyValue(value, depth, out var item))
            {
                return false;
            }
            copy[key] = item!;
        }
        return true;
    }

    private static bool TryCopyDialogState(DialogState dialogs, int depth, out DialogState copy)
    {
        copy = new DialogState { DialogStack = null! };
        if (dialogs.DialogStack is null)
        {
            return true;
        }
        if (dialogs.DialogStack.GetType() != typeof(List<DialogInstance>))
        {
            return false;
        }
        var stack = new List<DialogInstance>(dialogs.DialogStack.Count);
        foreach (var instance in dialogs.DialogStack)
        {
            if (instance is null)
            {
                stack.Add(null!);
                continue;
            }
            var state = (Dictionary<string, object>?)null;
            if (instance.State is not null &&
                (instance.State.GetType() != typeof(Dictionary<string, object>) || !TryCopyEntries(instance.State, depth, out state)))
            {
                return false;
            }
            stack.Add(new DialogInstance { Id = instance.Id, State = state! });
        }
        copy.DialogStack = stack;
        return true;
    }

    private static bool TryCopyCaseFile(CaseFile caseFile, out CaseFile copy)
    {
        copy = new CaseFile
        {
            Topic = caseFile.Topic,
            Urgent = caseFile.Urgent,
            Pesel = caseFile.Pesel,
            LoanNumber = caseFile.LoanNumber,
            Email = caseFile.Email,
            Phone = caseFile.Phone,
            Details = null!,
            Description = caseFile.Description,
        };
        if (caseFile.Details is null)
        {
            return true;
        }
        if (caseFile.Details.GetType() != typeof(List<CaseDetail>))
        {
            return false;
        }
        copy.Details = caseFile.Details.ConvertAll(detail => detail is null ? null! : new CaseDetail { Label = detail.Label, Value = detail.Value });
        return true;
    }

    private static bool TryCopyPromptOptions(PromptOptions options, int depth, out PromptOptions copy)
    {
        copy = new PromptOptions { Style = options.Style, MaxAttempts = options.MaxAttempts };
        if (!TryCopyPromptActivity(options.Prompt, out var prompt) || !TryCopyPromptActivity(options.RetryPrompt, out var retryPrompt) ||
            !TryCopyValue(options.Validations, depth, out var validations))
        {
            return false;
        }
        copy.Prompt = prompt;
        copy.RetryPrompt = retryPrompt;
        copy.Validations = validations;
        if (options.Choices is null)
        {
            return true;
        }
        if (options.Choices.GetType() != typeof(List<Choice>))
        {
            return false;
        }
        var choices = new List<Choice>(options.Choices.Count);
        foreach (var choice in options.Choices)
        {
            if (choice?.Synonyms is { } synonyms && synonyms.GetType() != typeof(List<string>))
            {
                return false;
            }
            choices.Add(choice is null ? null! : new Choice { Value = choice.Value, Synonyms = choice.Synonyms is null ? null! : [.. choice.Synonyms] });
        }
        copy.Choices = choices;
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
