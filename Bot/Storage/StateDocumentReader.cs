using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Reads a document of the shapes <see cref="StateDocumentWriter"/> writes by hand, with System.Text.Json's reader, into
/// the objects Json.NET's serializer would make of it: in object-typed slots whole numbers as long and other numbers as
/// double, typed properties as their types. Anything it cannot be sure of reading alike — another type name or spelling
/// of a property, a value Json.NET would take for a date, a document of an earlier version — it declines, and the
/// serializer reads the document.
/// </summary>
internal static class StateDocumentReader
{
    public static bool TryRead(string json, out object? value)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(utf8.AsSpan(0, Encoding.UTF8.GetBytes(json, utf8)));
            value = reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadObject(ref reader) : throw new NotAKnownShape();
            return true;
        }
        catch (Exception exception) when (exception is NotAKnownShape or JsonException or InvalidOperationException)
        {
            value = null;
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private delegate T ReadItem<out T>(ref Utf8JsonReader reader);

    // A value whose declared type is object, at its first token.
    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.String => NotDateLike(reader.GetString()!),
        JsonTokenType.Number when reader.ValueSpan.IndexOfAny(".eE"u8) >= 0 => reader.GetDouble(),
        JsonTokenType.Number => reader.TryGetInt64(out var whole) ? whole : throw new NotAKnownShape(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw new NotAKnownShape(),
    };

    // Json.NET's reader turns a string it can parse as a date ("2026-11-25T…", "/Date(…)/") into a DateTime.
    private static string NotDateLike(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '/') ? throw new NotAKnownShape() : text;

    // An object in an object-typed slot: the serializer gave it a type name first.
    private static object ReadObject(ref Utf8JsonReader reader)
    {
        if (NextProperty(ref reader) != "$type")
        {
            throw new NotAKnownShape();
        }
        var typeName = ReadString(ref reader);
        if (typeName == StateDocumentTypes.Dictionary)
        {
            return ReadEntries(ref reader);
        }
        if (typeName == StateDocumentTypes.DialogState)
        {
            return ReadDialogState(ref reader);
        }
        if (typeName == StateDocumentTypes.CaseFile)
        {
            return ReadCaseFile(ref reader);
        }
        if (typeName == StateDocumentTypes.IntakeStart)
        {
            return ReadIntakeStart(ref reader);
        }
        if (typeName == StateDocumentTypes.PromptOptions)
        {
            return ReadPromptOptions(ref reader);
        }
        if (typeName == StateDocumentTypes.TranscriptLine)
        {
            return ReadTranscriptLine(ref reader);
        }
        throw new NotAKnownShape();
    }

    // The rest of an object as a dictionary; a '$' name would be the serializer's metadata, which only it reads.
    private static Dictionary<string, object> ReadEntries(ref Utf8JsonReader reader)
    {
        var entries = new Dictionary<string, object>();
        while (NextProperty(ref reader) is { } key)
        {
            if (key.StartsWith('$') || !reader.Read())
            {
                throw new NotAKnownShape();
            }
            entries[key] = ReadValue(ref reader)!;
        }
        return entries;
    }

    private static DialogState ReadDialogState(ref Utf8JsonReader reader)
    {
        var state = new DialogState();
        while (NextProperty(ref reader) is { } name)
        {
            state.DialogStack = name == nameof(DialogState.DialogStack) ? ReadList(ref reader, ReadDialogInstance)! : throw new NotAKnownShape();
        }
        return state;
    }

    private static DialogInstance ReadDialogInstance(ref Utf8JsonReader reader)
    {
        var instance = new DialogInstance();
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case nameof(DialogInstance.Id):
                    instance.Id = ReadString(ref reader)!;
                    break;
                case nameof(DialogInstance.State):
                    instance.State = Begins(ref reader) ? ReadEntries(ref reader) : null!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return instance;
    }

    private static CaseFile ReadCaseFile(ref Utf8JsonReader reader)
    {
        var caseFile = new CaseFile();
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case nameof(CaseFile.Topic):
                    caseFile.Topic = ReadEnum<CaseTopic>(ref reader) ?? throw new NotAKnownShape();
                    break;
                case nameof(CaseFile.Urgent):
                    caseFile.Urgent = ReadBoolean(ref reader) ?? throw new NotAKnownShape();
                    break;
                case nameof(CaseFile.Pesel):
                    caseFile.Pesel = ReadString(ref reader);
                    break;
                case nameof(CaseFile.LoanNumber):
                    caseFile.LoanNumber = ReadString(ref reader);
                    break;
                case nameof(CaseFile.Email):
                    caseFile.Email = ReadString(ref reader)!;
                    break;
                case nameof(CaseFile.Phone):
                    caseFile.Phone = ReadString(ref reader)!;
                    break;
                case nameof(CaseFile.Details):
                    caseFile.Details = ReadList(ref reader, ReadCaseDetail)!;
                    break;
                case nameof(CaseFile.Description):
                    caseFile.Description = ReadString(ref reader)!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return caseFile;
    }

    private static CaseDetail ReadCaseDetail(ref Utf8JsonReader reader)
    {
        var detail = new CaseDetail();
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case nameof(CaseDetail.Label):
                    detail.Label = ReadString(ref reader)!;
                    break;
                case nameof(CaseDetail.Value):
                    detail.Value = ReadString(ref reader)!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return detail;
    }

    private static IntakeStart ReadIntakeStart(ref Utf8JsonReader reader)
    {
        var start = new IntakeStart();
        while (NextProperty(ref reader) is { } name)
        {
            start.Topic = name == nameof(IntakeStart.Topic) ? ReadEnum<CaseTopic>(ref reader) : throw new NotAKnownShape();
        }
        return start;
    }

    private static PromptOptions ReadPromptOptions(ref Utf8JsonReader reader)
    {
        var options = new PromptOptions();
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case nameof(PromptOptions.Prompt):
                    options.Prompt = Begins(ref reader) ? ReadPromptActivity(ref reader) : null;
                    break;
                case nameof(PromptOptions.RetryPrompt):
                    options.RetryPrompt = Begins(ref reader) ? ReadPromptActivity(ref reader) : null;
                    break;
                case nameof(PromptOptions.Choices):
                    options.Choices = ReadList(ref reader, ReadChoice);
                    break;
                case nameof(PromptOptions.Validations):
                    options.Validations = reader.Read() ? ReadValue(ref reader) : throw new NotAKnownShape();
                    break;
                case nameof(PromptOptions.Style):
                    options.Style = ReadEnum<ListStyle>(ref reader);
                    break;
                case nameof(PromptOptions.MaxAttempts):
                    options.MaxAttempts = ReadInt32(ref reader);
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return options;
    }

    // Only what PromptActivityJson writes of an activity without attachments, suggested actions or channel data.
    private static Activity ReadPromptActivity(ref Utf8JsonReader reader)
    {
        var activity = new Activity();
        while (NextProperty(ref reader) is { } name)
        {
            var value = ReadString(ref reader);
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

    private static Choice ReadChoice(ref Utf8JsonReader reader)
    {
        var choice = new Choice();
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case nameof(Choice.Value):
                    choice.Value = ReadString(ref reader)!;
                    break;
                case nameof(Choice.Synonyms):
                    choice.Synonyms = ReadStrings(ref reader)!;
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return choice;
    }

    private static TranscriptLine ReadTranscriptLine(ref Utf8JsonReader reader)
    {
        var line = new TranscriptLine();
        while (NextProperty(ref reader) is { } name)
        {
            switch (name)
            {
                case nameof(TranscriptLine.Role):
                    line.Role = ReadString(ref reader)!;
                    break;
                case nameof(TranscriptLine.Text):
                    line.Text = ReadString(ref reader)!;
                    break;
                case nameof(TranscriptLine.Timestamp):
                    line.Timestamp = ReadDateTimeOffset(ref reader) ?? throw new NotAKnownShape();
                    break;
                default:
                    throw new NotAKnownShape();
            }
        }
        return line;
    }

    // A list property: null, or an array of objects (or nulls) each read by readItem from inside it.
    private static List<T>? ReadList<T>(ref Utf8JsonReader reader, ReadItem<T> readItem)
        where T : class
    {
        if (!Begins(ref reader, JsonTokenType.StartArray))
        {
            return null;
        }
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType switch
            {
                JsonTokenType.StartObject => readItem(ref reader),
                JsonTokenType.Null => null!,
                _ => throw new NotAKnownShape(),
            });
        }
        return items;
    }

    private static List<string>? ReadStrings(ref Utf8JsonReader reader)
    {
        if (!Begins(ref reader, JsonTokenType.StartArray))
        {
            return null;
        }
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(StringOrNull(ref reader)!);
        }
        return items;
    }

    // A string-typed property; Json.NET would also take a number or a boolean as its text, which is left to it.
    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return StringOrNull(ref reader);
    }

    private static string? StringOrNull(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new NotAKnownShape(),
    };

    private static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw new NotAKnownShape(),
        };
    }

    private static int? ReadInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out var number) => number,
            JsonTokenType.Null => null,
            _ => throw new NotAKnownShape(),
        };
    }

    // As the writer writes them, with an offset: a time without one Json.NET would read in the local zone.
    private static DateTimeOffset? ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var text = reader.TokenType == JsonTokenType.String ? reader.ValueSpan : throw new NotAKnownShape();
        var hasOffset = text.Length > 6 && (text[^1] == (byte)'Z' || (text[^6] is (byte)'+' or (byte)'-' && text[^3] == (byte)':'));
        return hasOffset && !reader.ValueIsEscaped && reader.TryGetDateTimeOffset(out var time) ? time : throw new NotAKnownShape();
    }

    // Enums as the serializer writes them, by number; a name (an older writer's choice) is left to the serializer.
    private static TEnum? ReadEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var number) => (TEnum)Enum.ToObject(typeof(TEnum), number),
            _ => throw new NotAKnownShape(),
        };
    }

    // Moves to a property's value: true when it begins a structure of that kind, false when it is null.
    private static bool Begins(ref Utf8JsonReader reader, JsonTokenType start = JsonTokenType.StartObject)
    {
        reader.Read();
        return reader.TokenType == start || (reader.TokenType == JsonTokenType.Null ? false : throw new NotAKnownShape());
    }

    // The next property's name, or null at the object's end.
    private static string? NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new NotAKnownShape();
        }
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => reader.GetString(),
            JsonTokenType.EndObject => null,
            _ => throw new NotAKnownShape(),
        };
    }

    private sealed class NotAKnownShape : Exception;
}
