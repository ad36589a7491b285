using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Reads a document of the shapes <see cref="StateDocumentWriter"/> writes by hand, token by token, into the objects
/// Json.NET's serializer would make of it: values of object-typed slots as its reader gives them (whole numbers as long,
/// date-like strings as DateTime), typed properties as the serializer reads them. Anything else — another type name,
/// another spelling of a property, a document of an earlier version — it declines, and the serializer reads the document.
/// </summary>
internal static class StateDocumentReader
{
    public static bool TryRead(string json, out object? value)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = null, ArrayPool = JsonCharPool.Instance };
        try
        {
            value = reader.Read() && reader.TokenType == JsonToken.StartObject ? ReadObject(reader) : throw new NotAKnownShape();
            return true;
        }
        catch (Exception exception) when (exception is NotAKnownShape or JsonException)
        {
            value = null;
            return false;
        }
    }

    // A value whose declared type is object, at its first token.
    private static object? ReadValue(JsonReader reader) => reader.TokenType switch
    {
        JsonToken.StartObject => ReadObject(reader),
        JsonToken.Integer or JsonToken.Float or JsonToken.String or JsonToken.Boolean or JsonToken.Date or JsonToken.Null => reader.Value,
        _ => throw new NotAKnownShape(),
    };

    // An object in an object-typed slot: the serializer gave it a type name first.
    private static object ReadObject(JsonReader reader)
    {
        if (NextProperty(reader) != "$type")
        {
            throw new NotAKnownShape();
        }
        var typeName = reader.ReadAsString();
        if (typeName == StateDocumentTypes.Dictionary)
        {
            return ReadEntries(reader);
        }
        if (typeName == StateDocumentTypes.DialogState)
        {
            return ReadDialogState(reader);
        }
        if (typeName == StateDocumentTypes.CaseFile)
        {
            return ReadCaseFile(reader);
        }
        if (typeName == StateDocumentTypes.IntakeStart)
        {
            return ReadIntakeStart(reader);
        }
        if (typeName == StateDocumentTypes.PromptOptions)
        {
            return ReadPromptOptions(reader);
        }
        if (typeName == StateDocumentTypes.TranscriptLine)
        {
            return ReadTranscriptLine(reader);
        }
        throw new NotAKnownShape();
    }

    // The rest of an object as a dictionary; a '$' name would be the serializer's metadata, which only it reads.
    private static Dictionary<string, object> ReadEntries(JsonReader reader)
    {
        var entries = new Dictionary<string, object>();
        while (NextProperty(reader) is { } key)
        {
            if (key.StartsWith('$') || !reader.Read())
            {
                throw new NotAKnownShape();
            }
            entries[key] = ReadValue(reader)!;
        }
        return entries;
    }

    private static DialogState ReadDialogState(JsonReader reader)
    {
        var state = new DialogState();
        while (NextProperty(reader) is { } name)
        {
            state.DialogStack = name == nameof(DialogState.DialogStack) ? ReadList(reader, ReadDialogInstance)! : throw new NotAKnownShape();
        }
        return state;
    }

    private static DialogInstance ReadDialogInstance(JsonReader reader)
    {
        var instance = new DialogInstance();
        while (NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case nameof(DialogInstance.Id):
                    instance.Id = reader.ReadAsString()!;
                    break;
                case nameof(DialogInstance.State):
                    instance.State = Begins(reader) ? ReadEntries(reader) : null!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return instance;
    }

    private static CaseFile ReadCaseFile(JsonReader reader)
    {
        var caseFile = new CaseFile();
        while (NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case nameof(CaseFile.Topic):
                    caseFile.Topic = ReadEnum<CaseTopic>(reader) ?? throw new NotAKnownShape();
                    break;
                case nameof(CaseFile.Urgent):
                    caseFile.Urgent = reader.ReadAsBoolean() ?? throw new NotAKnownShape();
                    break;
                case nameof(CaseFile.Pesel):
                    caseFile.Pesel = reader.ReadAsString();
                    break;
                case nameof(CaseFile.LoanNumber):
                    caseFile.LoanNumber = reader.ReadAsString();
                    break;
                case nameof(CaseFile.Email):
                    caseFile.Email = reader.ReadAsString()!;
                    break;
                case nameof(CaseFile.Phone):
                    caseFile.Phone = reader.ReadAsString()!;
                    break;
                case nameof(CaseFile.Details):
                    caseFile.Details = ReadList(reader, ReadCaseDetail)!;
                    break;
                case nameof(CaseFile.Description):
                    caseFile.Description = reader.ReadAsString()!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return caseFile;
    }

    private static CaseDetail ReadCaseDetail(JsonReader reader)
    {
        var detail = new CaseDetail();
        while (NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case nameof(CaseDetail.Label):
                    detail.Label = reader.ReadAsString()!;
                    break;
                case nameof(CaseDetail.Value):
                    detail.Value = reader.ReadAsString()!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return detail;
    }

    private static IntakeStart ReadIntakeStart(JsonReader reader)
    {
        var start = new IntakeStart();
        while (NextProperty(reader) is { } name)
        {
            start.Topic = name == nameof(IntakeStart.Topic) ? ReadEnum<CaseTopic>(reader) : throw new NotAKnownShape();
        }
        return start;
    }

    private static PromptOptions ReadPromptOptions(JsonReader reader)
    {
        var options = new PromptOptions();
        while (NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case nameof(PromptOptions.Prompt):
                    options.Prompt = Begins(reader) ? ReadPromptActivity(reader) : null;
                    break;
                case nameof(PromptOptions.RetryPrompt):
                    options.RetryPrompt = Begins(reader) ? ReadPromptActivity(reader) : null;
                    break;
                case nameof(PromptOptions.Choices):
                    options.Choices = ReadList(reader, ReadChoice);
                    break;
                case nameof(PromptOptions.Validations):
                    options.Validations = reader.Read() ? ReadValue(reader) : throw new NotAKnownShape();
                    break;
                case nameof(PromptOptions.Style):
                    options.Style = ReadEnum<ListStyle>(reader);
                    break;
                case nameof(PromptOptions.MaxAttempts):
                    options.MaxAttempts = reader.ReadAsInt32();
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return options;
    }

    // Only what PromptActivityJson writes of an activity without attachments, suggested actions or channel data.
    private static Activity ReadPromptActivity(JsonReader reader)
    {
        var activity = new Activity();
        while (NextProperty(reader) is { } name)
        {
            var value = reader.ReadAsString();
            switch (name)
            {
                case "type":
                    activity.Type = value;
                    break;
                case "text":
                    activity.Text = value;
                    break;
                case "speak":
                    activity.Speak = value;
                    break;
                case "textFormat":
                    activity.TextFormat = value;
                    break;
                case "locale":
                    activity.Locale = value;
                    break;
                case "inputHint":
                    activity.InputHint = value;
                    break;
                case "attachmentLayout":
                    activity.AttachmentLayout = value;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return activity;
    }

    private static Choice ReadChoice(JsonReader reader)
    {
        var choice = new Choice();
        while (NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case nameof(Choice.Value):
                    choice.Value = reader.ReadAsString()!;
                    break;
                case nameof(Choice.Synonyms):
                    choice.Synonyms = ReadStrings(reader)!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return choice;
    }

    private static TranscriptLine ReadTranscriptLine(JsonReader reader)
    {
        var line = new TranscriptLine();
        while (NextProperty(reader) is { } name)
        {
            switch (name)
            {
                case nameof(TranscriptLine.Role):
                    line.Role = reader.ReadAsString()!;
                    break;
                case nameof(TranscriptLine.Text):
                    line.Text = reader.ReadAsString()!;
                    break;
                case nameof(TranscriptLine.Timestamp):
                    line.Timestamp = reader.ReadAsDateTimeOffset() ?? throw new NotAKnownShape();
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return line;
    }

    // A list property: null, or an array of objects (or nulls) each read by readItem from inside it.
    private static List<T>? ReadList<T>(JsonReader reader, Func<JsonReader, T> readItem)
        where T : class
    {
        if (!Begins(reader, JsonToken.StartArray))
        {
            return null;
        }
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            items.Add(reader.TokenType switch
            {
                JsonToken.StartObject => readItem(reader),
                JsonToken.Null => null!,
                _ => throw new NotAKnownShape(),
            });
        }
        return items;
    }

    private static List<string>? ReadStrings(JsonReader reader)
    {
        if (!Begins(reader, JsonToken.StartArray))
        {
            return null;
        }
        var items = new List<string>();
        while (reader.ReadAsString() is var item && reader.TokenType != JsonToken.EndArray)
        {
            items.Add(item!);
        }
        return items;
    }

    // Enums as the serializer writes them, by number; a name (an older writer's choice) is left to the serializer.
    private static TEnum? ReadEnum<TEnum>(JsonReader reader)
        where TEnum : struct, Enum
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonToken.Null => null,
            JsonToken.Integer => (TEnum)Enum.ToObject(typeof(TEnum), reader.Value!),
            _ => throw new NotAKnownShape(),
        };
    }

    // Moves to a property's value: true when it begins a structure of that kind, false when it is null.
    private static bool Begins(JsonReader reader, JsonToken start = JsonToken.StartObject)
    {
        reader.Read();
        return reader.TokenType == start || (reader.TokenType == JsonToken.Null ? false : throw new NotAKnownShape());
    }

    // The next property's name, or null at the object's end.
    private static string? NextProperty(JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new NotAKnownShape();
        }
        return reader.TokenType switch
        {
            JsonToken.PropertyName => (string)reader.Value!,
            JsonToken.EndObject => null,
            _ => throw new NotAKnownShape(),
        };
    }

    private sealed class NotAKnownShape : Exception;
}
