using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Writes an activity by hand as exactly the JSON Json.NET writes of it (null properties left out, in the contract's
/// order): the serializer's walk over Activity's forty-odd properties was most of the cost of storing a reply. The usual
/// parts — text, suggested actions, hero cards, the accounts, JSON channel data and entities — are written here; any other
/// part (another attachment, a typed value, a conversation update's members, Teams' account types) by the serializer in place.
/// </summary>
internal static class DirectLineActivityWriter
{
    public static void Write(JsonWriter writer, Activity activity, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        writer.WriteOptionalString("type", activity.Type);
        writer.WriteOptionalString("id", activity.Id);
        WriteDate(writer, "timestamp", activity.Timestamp);
        WriteDate(writer, "localTimestamp", activity.LocalTimestamp);
        writer.WriteOptionalString("localTimezone", activity.LocalTimezone);
        writer.WriteOptionalString("serviceUrl", activity.ServiceUrl);
        writer.WriteOptionalString("channelId", activity.ChannelId);
        WriteAccount(writer, "from", activity.From, serializer);
        WriteConversation(writer, activity.Conversation, serializer);
        WriteAccount(writer, "recipient", activity.Recipient, serializer);
        writer.WriteOptionalString("textFormat", activity.TextFormat);
        writer.WriteOptionalString("attachmentLayout", activity.AttachmentLayout);
        WriteBySerializer(writer, "membersAdded", activity.MembersAdded, serializer);
        WriteBySerializer(writer, "membersRemoved", activity.MembersRemoved, serializer);
        WriteBySerializer(writer, "reactionsAdded", activity.ReactionsAdded, serializer);
        WriteBySerializer(writer, "reactionsRemoved", activity.ReactionsRemoved, serializer);
        writer.WriteOptionalString("topicName", activity.TopicName);
        if (activity.HistoryDisclosed is { } historyDisclosed)
        {
            writer.WritePropertyName("historyDisclosed");
            writer.WriteValue(historyDisclosed);
        }
        writer.WriteOptionalString("locale", activity.Locale);
        writer.WriteOptionalString("text", activity.Text);
        writer.WriteOptionalString("speak", activity.Speak);
        writer.WriteOptionalString("inputHint", activity.InputHint);
        writer.WriteOptionalString("summary", activity.Summary);
        WriteSuggestedActions(writer, activity.SuggestedActions, serializer);
        WriteList(writer, "attachments", activity.Attachments, serializer, WriteAttachment);
        WriteList(writer, "entities", activity.Entities, serializer, WriteEntity);
        WriteValue(writer, "channelData", activity.ChannelData, serializer);
        writer.WriteOptionalString("action", activity.Action);
        writer.WriteOptionalString("replyToId", activity.ReplyToId);
        writer.WriteOptionalString("label", activity.Label);
        writer.WriteOptionalString("valueType", activity.ValueType);
        WriteValue(writer, "value", activity.Value, serializer);
        writer.WriteOptionalString("name", activity.Name);
        WriteBySerializer(writer, "relatesTo", activity.RelatesTo, serializer);
        writer.WriteOptionalString("code", activity.Code);
        WriteDate(writer, "expiration", activity.Expiration);
        writer.WriteOptionalString("importance", activity.Importance);
        writer.WriteOptionalString("deliveryMode", activity.DeliveryMode);
        WriteBySerializer(writer, "listenFor", activity.ListenFor, serializer);
        WriteBySerializer(writer, "textHighlights", activity.TextHighlights, serializer);
        WriteBySerializer(writer, "semanticAction", activity.SemanticAction, serializer);
        writer.WriteOptionalString("callerId", activity.CallerId);
        WriteExtensionData(writer, activity.Properties);
        writer.WriteEndObject();
    }

    private static void WriteAccount(JsonWriter writer, string name, ChannelAccount? account, JsonSerializer serializer)
    {
        if (account is null || account.GetType() != typeof(ChannelAccount))
        {
            WriteBySerializer(writer, name, account, serializer);
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteOptionalString("id", account.Id);
        writer.WriteOptionalString("name", account.Name);
        writer.WriteOptionalString("aadObjectId", account.AadObjectId);
        writer.WriteOptionalString("role", account.Role);
        WriteExtensionData(writer, account.Properties);
        writer.WriteEndObject();
    }

    private static void WriteConversation(JsonWriter writer, ConversationAccount? conversation, JsonSerializer serializer)
    {
        if (conversation is null || conversation.GetType() != typeof(ConversationAccount))
        {
            WriteBySerializer(writer, "conversation", conversation, serializer);
            return;
        }
        writer.WritePropertyName("conversation");
        writer.WriteStartObject();
        if (conversation.IsGroup is { } isGroup)
        {
            writer.WritePropertyName("isGroup");
            writer.WriteValue(isGroup);
        }
        writer.WriteOptionalString("conversationType", conversation.ConversationType);
        writer.WriteOptionalString("id", conversation.Id);
        writer.WriteOptionalString("name", conversation.Name);
        writer.WriteOptionalString("aadObjectId", conversation.AadObjectId);
        writer.WriteOptionalString("role", conversation.Role);
        writer.WriteOptionalString("tenantId", conversation.TenantId);
        WriteExtensionData(writer, conversation.Properties);
        writer.WriteEndObject();
    }

    private static void WriteSuggestedActions(JsonWriter writer, SuggestedActions? suggested, JsonSerializer serializer)
    {
        if (suggested is null || suggested.GetType() != typeof(SuggestedActions))
        {
            WriteBySerializer(writer, "suggestedActions", suggested, serializer);
            return;
        }
        writer.WritePropertyName("suggestedActions");
        writer.WriteStartObject();
        WriteList(writer, "to", suggested.To, serializer, static (writer, recipient, _) => writer.WriteValue(recipient));
        WriteList(writer, "actions", suggested.Actions, serializer, WriteAction);
        writer.WriteEndObject();
    }

    private static void WriteAction(JsonWriter writer, CardAction? action, JsonSerializer serializer)
    {
        if (action is null || action.GetType() != typeof(CardAction))
        {
            serializer.Serialize(writer, action, typeof(CardAction));
            return;
        }
        writer.WriteStartObject();
        writer.WriteOptionalString("type", action.Type);
        writer.WriteOptionalString("title", action.Title);
        writer.WriteOptionalString("image", action.Image);
        writer.WriteOptionalString("text", action.Text);
        writer.WriteOptionalString("displayText", action.DisplayText);
        WriteValue(writer, "value", action.Value, serializer);
        WriteValue(writer, "channelData", action.ChannelData, serializer);
        writer.WriteOptionalString("imageAltText", action.ImageAltText);
        writer.WriteEndObject();
    }

    // A hero card (the advisor's cards) or JSON content is written here; other content, such as a stream, by the serializer.
    private static void WriteAttachment(JsonWriter writer, Attachment? attachment, JsonSerializer serializer)
    {
        if (attachment is null || attachment.GetType() != typeof(Attachment)
            || !(attachment.Content is null or JToken || attachment.Content.GetType() == typeof(HeroCard)))
        {
            serializer.Serialize(writer, attachment, typeof(Attachment));
            return;
        }
        writer.WriteStartObject();
        writer.WriteOptionalString("contentType", attachment.ContentType);
        writer.WriteOptionalString("contentUrl", attachment.ContentUrl);
        if (attachment.Content is HeroCard card)
        {
            writer.WritePropertyName("content");
            WriteHeroCard(writer, card, serializer);
        }
        else
        {
            WriteValue(writer, "content", attachment.Content, serializer);
        }
        writer.WriteOptionalString("name", attachment.Name);
        writer.WriteOptionalString("thumbnailUrl", attachment.ThumbnailUrl);
        WriteExtensionData(writer, attachment.Properties);
        writer.WriteEndObject();
    }

    private static void WriteHeroCard(JsonWriter writer, HeroCard card, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        writer.WriteOptionalString("title", card.Title);
        writer.WriteOptionalString("subtitle", card.Subtitle);
        writer.WriteOptionalString("text", card.Text);
        WriteList(writer, "images", card.Images, serializer, WriteImage);
        WriteList(writer, "buttons", card.Buttons, serializer, WriteAction);
        WriteTap(writer, card.Tap, serializer);
        writer.WriteEndObject();
    }

    private static void WriteImage(JsonWriter writer, CardImage? image, JsonSerializer serializer)
    {
        if (image is null || image.GetType() != typeof(CardImage))
        {
            serializer.Serialize(writer, image, typeof(CardImage));
            return;
        }
        writer.WriteStartObject();
        writer.WriteOptionalString("url", image.Url);
        writer.WriteOptionalString("alt", image.Alt);
        WriteTap(writer, image.Tap, serializer);
        writer.WriteEndObject();
    }

    private static void WriteTap(JsonWriter writer, CardAction? tap, JsonSerializer serializer)
    {
        if (tap is not null)
        {
            writer.WritePropertyName("tap");
            WriteAction(writer, tap, serializer);
        }
    }

    private static void WriteEntity(JsonWriter writer, Entity? entity, JsonSerializer serializer)
    {
        // A derived entity (a mention, a place) has properties of its own.
        if (entity is null || entity.GetType() != typeof(Entity))
        {
            serializer.Serialize(writer, entity, typeof(Entity));
            return;
        }
        writer.WriteStartObject();
        writer.WriteOptionalString("type", entity.Type);
        WriteExtensionData(writer, entity.Properties);
        writer.WriteEndObject();
    }

    // A list property, left out when null; each item as writeItem writes it.
    private static void WriteList<T>(JsonWriter writer, string name, IList<T>? items, JsonSerializer serializer, Action<JsonWriter, T, JsonSerializer> writeItem)
    {
        if (items is null)
        {
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item, serializer);
        }
        writer.WriteEndArray();
    }

    // Bot Framework keeps a type's unknown properties in a JObject that Json.NET writes after the known ones.
    private static void WriteExtensionData(JsonWriter writer, JObject? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return;
        }
        foreach (var property in properties.Properties())
        {
            writer.WritePropertyName(property.Name);
            property.Value.WriteTo(writer);
        }
    }

    // An object-typed property: text and JSON as they are, anything else by the serializer.
    private static void WriteValue(JsonWriter writer, string name, object? value, JsonSerializer serializer)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                writer.WritePropertyName(name);
                writer.WriteStringValue(text);
                break;
            case JToken json:
                writer.WritePropertyName(name);
                json.WriteTo(writer);
                break;
            default:
                WriteBySerializer(writer, name, value, serializer);
                break;
        }
    }

    private static void WriteBySerializer<T>(JsonWriter writer, string name, T? value, JsonSerializer serializer)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            serializer.Serialize(writer, value, typeof(T));
        }
    }

    private static void WriteDate(JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(date);
        }
    }
}
