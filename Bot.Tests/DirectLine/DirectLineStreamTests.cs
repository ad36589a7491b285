using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

/// <summary>The built-in conversation's WebSocket stream, as Web Chat's client uses it when webSocket is on.</summary>
public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task The_stream_delivers_the_welcome_then_the_echo_and_reply()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = new DirectLineClient(server.Client);
        await client.GenerateTokenAsync();
        var started = await DirectLineClient.ReadObjectAsync(
            await client.SendAsync(HttpMethod.Post, "/conversations", """{"locale":"pl-PL"}"""));
        var streamUrl = new Uri((string)started["streamUrl"]!);
        streamUrl.Scheme.Should().Be("ws");

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(streamUrl, Timeout());
        var first = await ReceiveAsync(socket);
        ((string)first["activities"]![0]!["text"]!).Should().Contain("Dzień dobry");
        ((string)first["watermark"]!).Should().Be("1");

        (await client.PostMessageAsync("Jak się z Wami skontaktować?")).StatusCode.Should().Be(HttpStatusCode.OK);
        var received = new List<JsonNode>();
        while (received.Count < 2)
        {
            received.AddRange((await ReceiveAsync(socket))["activities"]!.AsArray().Select(a => a!));
        }
        ((string)received[0]["text"]!).Should().Be("Jak się z Wami skontaktować?");
        received[1].ToJsonString().Should().Contain("tel:").And.Contain("mailto:");

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Timeout());
        socket.State.Should().Be(WebSocketState.Closed);
        (await client.GetActivitiesAsync()).StatusCode.Should().Be(HttpStatusCode.OK, "the server keeps serving");
    }

    [Fact]
    public async Task The_stream_needs_its_conversations_token()
    {
        await using var server = await AdvisorServer.StartAsync();
        var client = await DirectLineClient.StartAsync(server.Client);
        var other = await DirectLineClient.StartAsync(server.Client);
        var ws = new UriBuilder(server.BaseAddress) { Scheme = "ws" }.Uri;

        foreach (var (query, status) in new[]
                 {
                     ("", HttpStatusCode.Unauthorized),
                     ("?t=forged.token.here", HttpStatusCode.Unauthorized),
                     ($"?t={other.Token}", HttpStatusCode.Forbidden),
                 })
        {
            using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
            var connect = () => socket.ConnectAsync(new Uri(ws, $"/v3/directline/conversations/{client.ConversationId}/stream{query}"), Timeout());
            await connect.Should().ThrowAsync<WebSocketException>();
            socket.HttpStatusCode.Should().Be(status, query);
        }
    }

    internal static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token;

    internal static async Task<JsonNode> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Timeout());
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
    }
}
