using System.Net.WebSockets;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.DirectLine;

/// <summary>
/// The WebSocket stream of a built-in conversation (the conversation's streamUrl): sends each batch of new
/// activities as {"activities":[...],"watermark":"N"}, as Azure's Direct Line does, until either side closes.
/// </summary>
public static class DirectLineStream
{
    // Reading the store this often keeps replies prompt without a change feed, which a shared store may lack.
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(200);

    public static async Task<IResult> StreamAsync(
        string conversationId, HttpContext http, DirectLineTokens tokens, IDirectLineStore store, IHostApplicationLifetime lifetime)
    {
        var (grant, problem) = DirectLineEndpoints.Authorize(tokens.Check(http.Request.Query["t"].ToString()), conversationId);
        if (grant is null)
        {
            return problem!;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "Expected a WebSocket request.");
        }
        if (!DirectLineEndpoints.TryReadWatermark(http.Request, out var watermark))
        {
            return DirectLineEndpoints.BadWatermark();
        }
        if (await store.FindAsync(conversationId, http.RequestAborted) is null)
        {
            return DirectLineEndpoints.NotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var listening = ListenUntilClosedAsync(socket, stop);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var set = await store.ReadAsync(conversationId, watermark, stop.Token);
                if (set is null)
                {
                    break;
                }
                if (set.Activities.Count > 0)
                {
                    watermark = set.Watermark;
                    await socket.SendAsync(set.ToUtf8(), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                }
                await Task.Delay(CheckInterval, stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or StateStoreUnavailableException)
        {
            // The browser closed or went away, the app is stopping, or the shared store is down (the client reconnects).
        }

        // Either the conversation is gone or the app stops (we close) or the browser closed (we answer).
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Gone meanwhile.
            }
        }
        // A browser that never answers our close is not waited for long.
        stop.CancelAfter(TimeSpan.FromSeconds(5));
        await listening;
        return Results.Empty;
    }

    // The browser only sends keep-alive pings; reading them is how a close is noticed.
    private static async Task ListenUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }
        await stop.CancelAsync();
    }
}
