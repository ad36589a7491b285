using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vivus.Advisor.Bot.Tests.Infrastructure;

/// <summary>Speaks the built-in Direct Line 3.0 endpoint the way Web Chat's client does, over real HTTP.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http => http;

    public const string Base = "/v3/directline";

    public string Token { get; set; } = "";

    public string ConversationId { get; private set; } = "";

    /// <summary>How far <see cref="ReadNewFromBotAsync"/> has read.</summary>
    public string? Watermark { get; private set; }

    /// <summary>The same conversation and token, spoken to another instance.</summary>
    public DirectLineClient Via(HttpClient other) => new(other) { Token = Token, ConversationId = ConversationId, Watermark = Watermark };

    /// <summary>Sends a message, expects it taken, and returns what the bot said since the last read.</summary>
    public async Task<List<JsonObject>> SayAsync(string text)
    {
        var response = await PostMessageAsync(text);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return await ReadNewFromBotAsync();
    }

    /// <summary>The bot's activities after <see cref="Watermark"/>; moves it on.</summary>
    public async Task<List<JsonObject>> ReadNewFromBotAsync()
    {
        var (activities, watermark) = await ReadActivitiesAsync(Watermark);
        Watermark = watermark;
        return activities.Select(a => a!.AsObject()).Where(a => (string?)a["from"]?["role"] == "bot").ToList();
    }

    public static string Texts(IEnumerable<JsonObject> activities) =>
        string.Join("\n", activities.Select(a => (string?)a["text"]).Where(t => t is not null));

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        await client.GenerateTokenAsync();
        var started = await client.SendAsync(HttpMethod.Post, "/conversations", """{"user":{},"locale":"pl-PL"}""");
        started.StatusCode.Should().Be(HttpStatusCode.Created);
        return client;
    }

    public async Task<JsonObject> GenerateTokenAsync()
    {
        var response = await http.PostAsync(Base + "/tokens/generate", null);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        Token = (string)body["token"]!;
        ConversationId = (string)body["conversationId"]!;
        return body;
    }

    public Task<HttpResponseMessage> PostMessageAsync(string text, string clientActivityId = "client-1") =>
        SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities",
            JsonSerializer.Serialize(new
            {
                type = "message",
                text,
                locale = "pl-PL",
                from = new { id = "someone-else", name = "Klient" },
                channelData = new { clientActivityID = clientActivityId },
            }));

    public Task<HttpResponseMessage> GetActivitiesAsync(string? watermark = null, string? conversationId = null) =>
        SendAsync(HttpMethod.Get, $"/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}");

    public async Task<(JsonArray Activities, string Watermark)> ReadActivitiesAsync(string? watermark = null)
    {
        var response = await GetActivitiesAsync(watermark);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await ReadObjectAsync(response);
        return (body["activities"]!.AsArray(), (string)body["watermark"]!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, Base + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        return await http.SendAsync(request);
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
