using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Dialogs.Runtime;

/// <summary>
/// Writes a stored prompt activity with only what asking again sends (see <see cref="PromptActivities.Copy"/>),
/// instead of all of Activity's mostly null fields: dialog state is copied and hashed on every turn.
/// Reading is Json.NET's own, so activities stored in full by earlier versions read the same.
/// </summary>
internal sealed class PromptActivityJson : JsonConverter<Activity>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, Activity? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, "type", value.Type);
        WriteString(writer, "text", value.Text);
        WriteString(writer, "speak", value.Speak);
        WriteString(writer, "textFormat", value.TextFormat);
        WriteString(writer, "locale", value.Locale);
        WriteString(writer, "inputHint", value.InputHint);
        WriteString(writer, "attachmentLayout", value.AttachmentLayout);
        if (value.Attachments is { Count: > 0 } attachments)
        {
            writer.WritePropertyName("attachments");
            serializer.Serialize(writer, attachments);
        }
        if (value.SuggestedActions is { } suggestedActions)
        {
            writer.WritePropertyName("suggestedActions");
            serializer.Serialize(writer, suggestedActions);
        }
        if (value.ChannelData is { } channelData)
        {
            writer.WritePropertyName("channelData");
            // Declared as object, as on Activity, so typed channel data keeps its type name where the serializer writes them.
            serializer.Serialize(writer, channelData, typeof(object));
        }
        writer.WriteEndObject();
    }

    public override Activity ReadJson(JsonReader reader, Type objectType, Activity? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Json.NET reads prompt activities itself.");

    private static void WriteString(JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
