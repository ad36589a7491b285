using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Writes the conversation state's usual shapes (the dialog stack, waterfall and prompt values, the case file) and
/// transcript lines by hand, token by token, as exactly the JSON <see cref="StateSerializer"/>'s Json.NET serializer
/// makes of them, type names included: its contracts and reflection were most of the cost of saving a turn's state.
/// Any other value is handed to that serializer in place, so a document is the same whichever way it was written.
/// </summary>
internal static class StateDocumentWriter
{
    private static readonly PromptActivityJson PromptActivity = new();

    /// <summary>Whether <paramref name="value"/> is a document this writer begins (the rest it may hand to the serializer).</summary>
    public static bool Writes(object value) => value.GetType() == typeof(Dictionary<string, object>) || value is TranscriptLine;

    public static void Write(JsonWriter writer, object value, JsonSerializer serializer) => WriteValue(writer, value, serializer);

    // A value whose declared type is object: the serializer writes primitives bare and everything else with its type name.
    private static void WriteValue(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteValue(flag);
                break;
            case int number:
                writer.WriteValue(number);
                break;
            case long number:
                writer.WriteValue(number);
                break;
            case Dictionary<string, object> values when values.GetType() == typeof(Dictionary<string, object>):
                writer.WriteStartObject();
                WriteTypeName(writer, StateDocumentTypes.Dictionary);
                WriteEntries(writer, values, serializer);
                break;
            case DialogState dialogs:
                WriteDialogState(writer, dialogs, serializer);
                break;
            case CaseFile caseFile:
                WriteCaseFile(writer, caseFile, serializer);
                break;
            case IntakeStart start:
                writer.WriteStartObject();
                WriteTypeName(writer, StateDocumentTypes.IntakeStart);
                writer.WritePropertyName(nameof(IntakeStart.Topic));
                writer.WriteValue((int?)start.Topic);
                writer.WriteEndObject();
                break;
            case PromptOptions options:
                WritePromptOptions(writer, options, serializer);
                break;
            case TranscriptLine line:
                writer.WriteStartObject();
                WriteTypeName(writer, StateDocumentTypes.TranscriptLine);
                WriteString(writer, nameof(TranscriptLine.Role), line.Role);
                WriteString(writer, nameof(TranscriptLine.Text), line.Text);
                writer.WritePropertyName(nameof(TranscriptLine.Timestamp));
                writer.WriteValue(line.Timestamp);
                writer.WriteEndObject();
                break;
            default:
                serializer.Serialize(writer, value, typeof(object));
                break;
        }
    }

    private static void WriteDialogState(JsonWriter writer, DialogState dialogs, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        WriteTypeName(writer, StateDocumentTypes.DialogState);
        writer.WritePropertyName(nameof(DialogState.DialogStack));
        if (dialogs.DialogStack is null)
        {
            writer.WriteNull();
        }
        else if (dialogs.DialogStack.GetType() != typeof(List<DialogInstance>))
        {
            serializer.Serialize(writer, dialogs.DialogStack, typeof(List<DialogInstance>));
        }
        else
        {
            writer.WriteStartArray();
            foreach (var instance in dialogs.DialogStack)
            {
                WriteDialogInstance(writer, instance, serializer);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteDialogInstance(JsonWriter writer, DialogInstance? instance, JsonSerializer serializer)
    {
        if (instance is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, nameof(DialogInstance.Id), instance.Id);
        writer.WritePropertyName(nameof(DialogInstance.State));
        if (instance.State?.GetType() == typeof(Dictionary<string, object>))
        {
            writer.WriteStartObject();
            WriteEntries(writer, instance.State, serializer);
        }
        else
        {
            // Declared as the interface: the serializer names any other dictionary type.
            serializer.Serialize(writer, instance.State, typeof(IDictionary<string, object>));
        }
        writer.WriteEndObject();
    }

    // The entries of an object already begun, and its end.
    private static void WriteEntries(JsonWriter writer, IEnumerable<KeyValuePair<string, object>> entries, JsonSerializer serializer)
    {
        foreach (var (key, value) in entries)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value, serializer);
        }
        writer.WriteEndObject();
    }

    private static void WriteCaseFile(JsonWriter writer, CaseFile caseFile, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        WriteTypeName(writer, StateDocumentTypes.CaseFile);
        writer.WritePropertyName(nameof(CaseFile.Topic));
        writer.WriteValue((int)caseFile.Topic);
        writer.WritePropertyName(nameof(CaseFile.Urgent));
        writer.WriteValue(caseFile.Urgent);
        WriteString(writer, nameof(CaseFile.Pesel), caseFile.Pesel);
        WriteString(writer, nameof(CaseFile.LoanNumber), caseFile.LoanNumber);
        WriteString(writer, nameof(CaseFile.Email), caseFile.Email);
        WriteString(writer, nameof(CaseFile.Phone), caseFile.Phone);
        writer.WritePropertyName(nameof(CaseFile.Details));
        if (caseFile.Details is null)
        {
            writer.WriteNull();
        }
        else if (caseFile.Details.GetType() != typeof(List<CaseDetail>))
        {
            serializer.Serialize(writer, caseFile.Details, typeof(List<CaseDetail>));
        }
        else
        {
            writer.WriteStartArray();
            foreach (var detail in caseFile.Details)
            {
                WriteCaseDetail(writer, detail);
            }
            writer.WriteEndArray();
        }
        WriteString(writer, nameof(CaseFile.Description), caseFile.Description);
        writer.WriteEndObject();
    }

    private static void WriteCaseDetail(JsonWriter writer, CaseDetail? detail)
    {
        if (detail is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, nameof(CaseDetail.Label), detail.Label);
        WriteString(writer, nameof(CaseDetail.Value), detail.Value);
        writer.WriteEndObject();
    }

    // PromptOptions leaves out its null properties.
    private static void WritePromptOptions(JsonWriter writer, PromptOptions options, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        WriteTypeName(writer, StateDocumentTypes.PromptOptions);
        WritePromptActivity(writer, nameof(PromptOptions.Prompt), options.Prompt, serializer);
        WritePromptActivity(writer, nameof(PromptOptions.RetryPrompt), options.RetryPrompt, serializer);
        if (options.Choices is { } choices)
        {
            writer.WritePropertyName(nameof(PromptOptions.Choices));
            if (choices.GetType() != typeof(List<Choice>))
            {
                serializer.Serialize(writer, choices, typeof(List<Choice>));
            }
            else
            {
                writer.WriteStartArray();
                foreach (var choice in choices)
                {
                    WriteChoice(writer, choice, serializer);
                }
                writer.WriteEndArray();
            }
        }
        if (options.Validations is { } validations)
        {
            writer.WritePropertyName(nameof(PromptOptions.Validations));
            WriteValue(writer, validations, serializer);
        }
        if (options.Style is { } style)
        {
            writer.WritePropertyName(nameof(PromptOptions.Style));
            writer.WriteValue((int)style);
        }
        if (options.MaxAttempts is { } maxAttempts)
        {
            writer.WritePropertyName(nameof(PromptOptions.MaxAttempts));
            writer.WriteValue(maxAttempts);
        }
        writer.WriteEndObject();
    }

    private static void WritePromptActivity(JsonWriter writer, string name, Activity? activity, JsonSerializer serializer)
    {
        if (activity is not null)
        {
            writer.WritePropertyName(name);
            PromptActivity.WriteJson(writer, activity, serializer);
        }
    }

    private static void WriteChoice(JsonWriter writer, Choice? choice, JsonSerializer serializer)
    {
        if (choice is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, nameof(Choice.Value), choice.Value);
        writer.WritePropertyName(nameof(Choice.Synonyms));
        if (choice.Synonyms is null)
        {
            writer.WriteNull();
        }
        else if (choice.Synonyms.GetType() != typeof(List<string>))
        {
            serializer.Serialize(writer, choice.Synonyms, typeof(List<string>));
        }
        else
        {
            writer.WriteStartArray();
            foreach (var synonym in choice.Synonyms)
            {
                writer.WriteValue(synonym);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteTypeName(JsonWriter writer, string typeName)
    {
        writer.WritePropertyName("$type");
        writer.WriteValue(typeName);
    }

    private static void WriteString(JsonWriter writer, string name, string? value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }
}
