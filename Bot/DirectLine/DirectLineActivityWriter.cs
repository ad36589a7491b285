using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// Writes the usual activities — text, suggested actions, the accounts, JSON channel data and entities — by hand as
/// exactly the JSON Json.NET writes of them (null properties left out, in the contract's order): the serializer's walk
/// over Activity's forty-odd properties was most of the cost of storing a reply. <see cref="Writes"/> says which it takes;
/// anything else (attachments, typed values, a conversation update's members, Teams' account types) stays with Json.NET.
/// </summary>
internal static class DirectLineActivityWriter
{
    public static bool Writes(Activity activity) =>
        activity.GetType() == typeof(Activity)
        && activity is
        {
            MembersAdded: null, MembersRemoved: null, ReactionsAdded: null, ReactionsRemoved: null, TopicName: null,
            HistoryDisclosed: null, RelatesTo: null, Expiration: null, ListenFor: null, TextHighlights: null, SemanticAction: null,
            Attachments: null or { Count: 0 },
        }
        && IsPlainAccount(activity.From) && IsPlainAccount(activity.Recipient)
        && (activity.Conversation is null || activity.Conversation.GetType() == typeof(ConversationAccount))
        && IsJsonOrText(activity.ChannelData) && IsJsonOrText(activity.Value)
        && (activity.Entities is null || activity.Entities.All(e => e is null || e.GetType() == typeof(Entity)))
        && (activity.SuggestedActions is null || (activity.SuggestedActions.GetType() == typeof(SuggestedActions)
            && (activity.SuggestedActions.Actions is null || activity.SuggestedActions.Actions.All(IsPlainAction))));

    public static void Write(JsonWriter writer, Activity activity)
    {
        writer.WriteStartObject();
        WriteString(writer, "type", activity.Type);
        WriteString(writer, "id", activity.Id);
        WriteDate(writer, "timestamp", activity.Timestamp);
        WriteDate(writer, "localTimestamp", activity.LocalTimestamp);
        WriteString(writer, "localTimezone", activity.LocalTimezone);
        WriteString(writer, "serviceUrl", activity.ServiceUrl);
        WriteString(writer, "channelId", activity.ChannelId);
        WriteAccount(writer, "from", activity.From);
        WriteConversation(writer, activity.Conversation);
        WriteAccount(writer, "recipient", activity.Recipient);
        WriteString(writer, "textFormat", activity.TextFormat);
        WriteString(writer, "attachmentLayout", activity.AttachmentLayout);
        WriteString(writer, "locale", activity.Locale);
        WriteString(writer, "text", activity.Text);
        WriteString(writer, "speak", activity.Speak);
        WriteString(writer, "inputHint", activity.InputHint);
        WriteString(writer, "summary", activity.Summary);
        WriteSuggestedActions(writer, activity.SuggestedActions);
        if (activity.Attachments is not null)
        {
            writer.WritePropertyName("attachments");
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        WriteEntities(writer, activity.Entities);
        WriteJsonOrText(writer, "channelData", activity.ChannelData);
        WriteString(writer, "action", activity.Action);
        WriteString(writer, "replyToId", activity.ReplyToId);
        WriteString(writer, "label", activity.Label);
        WriteString(writer, "valueType", activity.ValueType);
        WriteJsonOrText(writer, "value", activity.Value);
        WriteString(writer, "name", activity.Name);
        WriteString(writer, "code", activity.Code);
        WriteString(writer, "importance", activity.Importance);
        WriteString(writer, "deliveryMode", activity.DeliveryMode);
        WriteString(writer, "callerId", activity.CallerId);
        WriteExtensionData(writer, activity.Properties);
        writer.WriteEndObject();
    }

    private static bool IsPlainAccount(ChannelAccount? account) => account is null || account.GetType() == typeof(ChannelAccount);

    private static bool IsJsonOrText(object? value) => value is null or string or JToken;

    private static bool IsPlainAction(CardAction? action) =>
        action is null || (action.GetType() == typeof(CardAction) && IsJsonOrText(action.Value) && IsJsonOrText(action.ChannelData));

    private static void WriteAccount(JsonWriter writer, string name, ChannelAccount? account)
    {
        if (account is null)
        {
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

    private static void WriteConversation(JsonWriter writer, ConversationAccount? conversation)
    {
        if (conversation is null)
        {
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

    private static void WriteSuggestedActions(JsonWriter writer, SuggestedActions? suggested)
    {
        if (suggested is null)
        {
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
                WriteAction(writer, action);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteAction(JsonWriter writer, CardAction? action)
    {
        if (action is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, "type", action.Type);
        WriteString(writer, "title", action.Title);
        WriteString(writer, "image", action.Image);
        WriteString(writer, "text", action.Text);
        WriteString(writer, "displayText", action.DisplayText);
        WriteJsonOrText(writer, "value", action.Value);
        WriteJsonOrText(writer, "channelData", action.ChannelData);
        WriteString(writer, "imageAltText", action.ImageAltText);
        writer.WriteEndObject();
    }

    private static void WriteEntities(JsonWriter writer, IList<Entity>? entities)
    {
        if (entities is null)
        {
            return;
        }
        writer.WritePropertyName("entities");
        writer.WriteStartArray();
        foreach (var entity in entities)
        {
            if (entity is null)
            {
                writer.WriteNull();
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
        if (properties is null)
        {
            return;
        }
        foreach (var property in properties.Properties())
        {
            writer.WritePropertyName(property.Name);
            property.Value.WriteTo(writer);
        }
    }

    private static void WriteJsonOrText(JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case string text:
                writer.WritePropertyName(name);
                writer.WriteValue(text);
                break;
            case JToken json:
                writer.WritePropertyName(name);
                json.WriteTo(writer);
                break;
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
