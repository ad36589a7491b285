using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>One customer's conversation over the built-in Direct Line endpoint, as Web Chat's polling client speaks it.</summary>
public sealed class DirectLineSession
{
    private const string Base = "/v3/directline";

    private readonly HttpClient _http;
    private string _token = "";
    private string _watermark = "";
    private int _sent;

    private DirectLineSession(HttpClient http) => _http = http;

    public string ConversationId { get; private set; } = "";

    /// <summary>Polls that found no reply yet, over the session's turns.</summary>
    public int EmptyPolls { get; private set; }

    public static async Task<DirectLineSession> StartAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var session = new DirectLineSession(http);
        using (var generated = await http.PostAsync(Base + "/tokens/generate", null, cancellationToken))
        {
            using var body = await ReadAsync(generated, cancellationToken);
            session._token = body.RootElement.GetProperty("token").GetString()!;
            session.ConversationId = body.RootElement.GetProperty("conversationId").GetString()!;
        }
        using (var started = await session.SendAsync(HttpMethod.Post, "/conversations", """{"locale":"pl-PL"}""", cancellationToken))
            started.EnsureSuccessStatusCode();
        await session.ReadNewAsync(cancellationToken); // the welcome
        return session;
    }

    /// <summary>A turn: posts the message and polls with the watermark until the bot's reply to it is visible; returns the reply texts.</summary>
    public async Task<string> TurnAsync(string text, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            locale = "pl-PL",
            channelData = new { clientActivityID = $"bench-{++_sent}" },
        });
        string id;
        using (var posted = await SendAsync(HttpMethod.Post, $"/conversations/{ConversationId}/activities", json, cancellationToken))
        using (var body = await ReadAsync(posted, cancellationToken))
            id = body.RootElement.GetProperty("id").GetString()!;

        while (true)
        {
            var reply = await ReadNewAsync(cancellationToken, id);
            if (reply is not null)
                return reply;
            EmptyPolls++;
            await Task.Delay(1, cancellationToken);
        }
    }

    /// <summary>Reads activities after the watermark; the concatenated texts of the bot's replies to <paramref name="replyTo"/>, or null if none yet.</summary>
    private async Task<string?> ReadNewAsync(CancellationToken cancellationToken, string? replyTo = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{ConversationId}/activities?watermark={_watermark}", null, cancellationToken);
        using var body = await ReadAsync(response, cancellationToken);
        _watermark = body.RootElement.GetProperty("watermark").GetString()!;
        StringBuilder? texts = null;
        foreach (var activity in body.RootElement.GetProperty("activities").EnumerateArray())
        {
            if (replyTo is not null && activity.TryGetProperty("replyToId", out var to) && to.GetString() == replyTo)
                (texts ??= new StringBuilder()).Append(activity.TryGetProperty("text", out var t) ? t.GetString() : "").Append('\n');
        }
        return texts?.ToString();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Base + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _http.SendAsync(request, cancellationToken);
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}",
                null, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }
}
