using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Vivus.Advisor.Bot.Storage;

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
        writer.WriteOptionalString("type", value.Type);
        writer.WriteOptionalString("text", value.Text);
        writer.WriteOptionalString("speak", value.Speak);
        writer.WriteOptionalString("textFormat", value.TextFormat);
        writer.WriteOptionalString("locale", value.Locale);
        writer.WriteOptionalString("inputHint", value.InputHint);
        writer.WriteOptionalString("attachmentLayout", value.AttachmentLayout);
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
}
