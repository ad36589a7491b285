using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
        WriteString(writer, "type", activity.Type);
        WriteString(writer, "id", activity.Id);
        WriteDate(writer, "timestamp", activity.Timestamp);
        WriteDate(writer, "localTimestamp", activity.LocalTimestamp);
        WriteString(writer, "localTimezone", activity.LocalTimezone);
        WriteString(writer, "serviceUrl", activity.ServiceUrl);
        WriteString(writer, "channelId", activity.ChannelId);
        WriteAccount(writer, "from", activity.From, serializer);
        WriteConversation(writer, activity.Conversation, serializer);
        WriteAccount(writer, "recipient", activity.Recipient, serializer);
        WriteString(writer, "textFormat", activity.TextFormat);
        WriteString(writer, "attachmentLayout", activity.AttachmentLayout);
        WriteBySerializer(writer, "membersAdded", activity.MembersAdded, serializer);
        WriteBySerializer(writer, "membersRemoved", activity.MembersRemoved, serializer);
        WriteBySerializer(writer, "reactionsAdded", activity.ReactionsAdded, serializer);
        WriteBySerializer(writer, "reactionsRemoved", activity.ReactionsRemoved, serializer);
        WriteString(writer, "topicName", activity.TopicName);
        if (activity.HistoryDisclosed is { } historyDisclosed)
        {
            writer.WritePropertyName("historyDisclosed");
            writer.WriteValue(historyDisclosed);
        }
        WriteString(writer, "locale", activity.Locale);
        WriteString(writer, "text", activity.Text);
        WriteString(writer, "speak", activity.Speak);
        WriteString(writer, "inputHint", activity.InputHint);
        WriteString(writer, "summary", activity.Summary);
        WriteSuggestedActions(writer, activity.SuggestedActions, serializer);
        if (activity.Attachments is not null)
        {
            writer.WritePropertyName("attachments");
            writer.WriteStartArray();
            foreach (var attachment in activity.Attachments)
            {
                WriteAttachment(writer, attachment, serializer);
            }
            writer.WriteEndArray();
        }
        WriteEntities(writer, activity.Entities, serializer);
        WriteValue(writer, "channelData", activity.ChannelData, serializer);
        WriteString(writer, "action", activity.Action);
        WriteString(writer, "replyToId", activity.ReplyToId);
        WriteString(writer, "label", activity.Label);
        WriteString(writer, "valueType", activity.ValueType);
        WriteValue(writer, "value", activity.Value, serializer);
        WriteString(writer, "name", activity.Name);
        WriteBySerializer(writer, "relatesTo", activity.RelatesTo, serializer);
        WriteString(writer, "code", activity.Code);
        WriteDate(writer, "expiration", activity.Expiration);
        WriteString(writer, "importance", activity.Importance);
        WriteString(writer, "deliveryMode", activity.DeliveryMode);
        WriteBySerializer(writer, "listenFor", activity.ListenFor, serializer);
        WriteBySerializer(writer, "textHighlights", activity.TextHighlights, serializer);
        WriteBySerializer(writer, "semanticAction", activity.SemanticAction, serializer);
        WriteString(writer, "callerId", activity.CallerId);
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
        WriteString(writer, "id", account.Id);
        WriteString(writer, "name", account.Name);
        WriteString(writer, "aadObjectId", account.AadObjectId);
        WriteString(writer, "role", account.Role);
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
        WriteString(writer, "conversationType", conversation.ConversationType);
        WriteString(writer, "id", conversation.Id);
        WriteString(writer, "name", conversation.Name);
        WriteString(writer, "aadObjectId", conversation.AadObjectId);
        WriteString(writer, "role", conversation.Role);
        WriteString(writer, "tenantId", conversation.TenantId);
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
        if (suggested.To is not null)
        {
            writer.WritePropertyName("to");
            writer.WriteStartArray();
            foreach (var recipient in suggested.To)
            {
                writer.WriteValue(recipient);
            }
            writer.WriteEndArray();
        }
        if (suggested.Actions is not null)
        {
            writer.WritePropertyName("actions");
            writer.WriteStartArray();
            foreach (var action in suggested.Actions)
            {
                WriteAction(writer, action, serializer);
            }
            writer.WriteEndArray();
        }
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
        WriteString(writer, "type", action.Type);
        WriteString(writer, "title", action.Title);
        WriteString(writer, "image", action.Image);
        WriteString(writer, "text", action.Text);
        WriteString(writer, "displayText", action.DisplayText);
        WriteValue(writer, "value", action.Value, serializer);
        WriteValue(writer, "channelData", action.ChannelData, serializer);
        WriteString(writer, "imageAltText", action.ImageAltText);
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
        WriteString(writer, "contentType", attachment.ContentType);
        WriteString(writer, "contentUrl", attachment.ContentUrl);
        if (attachment.Content is HeroCard card)
        {
            writer.WritePropertyName("content");
            WriteHeroCard(writer, card, serializer);
        }
        else
        {
            WriteValue(writer, "content", attachment.Content, serializer);
        }
        WriteString(writer, "name", attachment.Name);
        WriteString(writer, "thumbnailUrl", attachment.ThumbnailUrl);
        WriteExtensionData(writer, attachment.Properties);
        writer.WriteEndObject();
    }

    private static void WriteHeroCard(JsonWriter writer, HeroCard card, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        WriteString(writer, "title", card.Title);
        WriteString(writer, "subtitle", card.Subtitle);
        WriteString(writer, "text", card.Text);
        if (card.Images is not null)
        {
            writer.WritePropertyName("images");
            writer.WriteStartArray();
            foreach (var image in card.Images)
            {
                WriteImage(writer, image, serializer);
            }
            writer.WriteEndArray();
        }
        if (card.Buttons is not null)
        {
            writer.WritePropertyName("buttons");
            writer.WriteStartArray();
            foreach (var button in card.Buttons)
            {
                WriteAction(writer, button, serializer);
            }
            writer.WriteEndArray();
        }
        if (card.Tap is not null)
        {
            writer.WritePropertyName("tap");
            WriteAction(writer, card.Tap, serializer);
        }
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
        WriteString(writer, "url", image.Url);
        WriteString(writer, "alt", image.Alt);
        if (image.Tap is not null)
        {
            writer.WritePropertyName("tap");
            WriteAction(writer, image.Tap, serializer);
        }
        writer.WriteEndObject();
    }

    private static void WriteEntities(JsonWriter writer, IList<Entity>? entities, JsonSerializer serializer)
    {
        if (entities is null)
        {
            return;
        }
        writer.WritePropertyName("entities");
        writer.WriteStartArray();
        foreach (var entity in entities)
        {
            // A derived entity (a mention, a place) has properties of its own.
            if (entity is null || entity.GetType() != typeof(Entity))
            {
                serializer.Serialize(writer, entity, typeof(Entity));
                continue;
            }
            writer.WriteStartObject();
            WriteString(writer, "type", entity.Type);
            WriteExtensionData(writer, entity.Properties);
            writer.WriteEndObject();
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
                writer.WriteValue(text);
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

    private static void WriteString(JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteValue(value);
        }
    }
}
