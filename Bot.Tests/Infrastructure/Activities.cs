using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>Activities shaped as the Emulator sends them.</summary>
public static class Activities
{
    public static Activity Message(string text, string serviceUrl, string conversationId = "conv-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("user-1", "Klient"),
        Recipient = new ChannelAccount("bot", "Vivus Advisor"),
        Locale = "pl-PL",
    };

    public static StringContent Json(object activity) =>
        new(JsonConvert.SerializeObject(activity), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
