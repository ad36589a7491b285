using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Vivus.Advisor.LoadTest;

/// <summary>One customer on the built-in Direct Line, as Web Chat polls it: token, conversation, then post and poll per turn.</summary>
public sealed class DirectLineConversation(IReadOnlyList<HttpClient> instances, int first)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);

    private string _token = "";
    private string _conversationId = "";
    private string _watermark = "";
    private int _next = first;

    /// <summary>Each request goes to the next instance, so with two every turn crosses between them.</summary>
    private HttpClient Next() => instances[_next++ % instances.Count];

    public async Task StartAsync()
    {
        var generated = await ReadAsync(await Next().PostAsync("/v3/directline/tokens/generate", null));
        _token = (string)generated["token"]!;
        _conversationId = (string)generated["conversationId"]!;
        var start = Request(HttpMethod.Post, "/v3/directline/conversations");
        start.Content = JsonContent.Create(new { locale = "pl-PL" });
        await ReadAsync(await Next().SendAsync(start));
        await PollAsync(replyTo: null);
    }

    /// <summary>Posts and polls until the bot's answer is there; returns the time taken.</summary>
    public async Task<TimeSpan> TurnAsync(string text, string expect)
    {
        var watch = Stopwatch.StartNew();
        var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities");
        post.Content = JsonContent.Create(new { type = "message", text, locale = "pl-PL", from = new { id = "load" } });
        var id = (string)(await ReadAsync(await Next().SendAsync(post)))["id"]!;
        var answer = await PollAsync(id);
        if (!answer.Contains(expect, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected answer to \"{text}\".");
        }
        return watch.Elapsed;
    }

    private async Task<string> PollAsync(string? replyTo)
    {
        var deadline = Stopwatch.StartNew();
        var said = new List<string>();
        while (true)
        {
            var set = await ReadAsync(await Next().SendAsync(
                Request(HttpMethod.Get, $"/v3/directline/conversations/{_conversationId}/activities?watermark={_watermark}")));
            _watermark = (string)set["watermark"]!;
            var fromBot = set["activities"]!.AsArray().Select(a => a!.AsObject())
                .Where(a => (string?)a["from"]?["role"] == "bot" && (replyTo is null || (string?)a["replyToId"] == replyTo))
                .ToList();
            said.AddRange(fromBot.Select(a => (string?)a["text"] ?? ""));
            if (said.Count > 0)
            {
                return string.Join("\n", said);
            }
            if (deadline.Elapsed > TurnTimeout)
            {
                throw new TimeoutException("No answer in time.");
            }
            await Task.Delay(PollInterval);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (_token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        }
        return request;
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri?.AbsolutePath}");
            }
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }
    }
}
