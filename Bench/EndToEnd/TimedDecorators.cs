using System.Diagnostics;
using Activity = Microsoft.Bot.Schema.Activity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bench.EndToEnd;

/// <summary>Names of the stages a diagnostic run times.</summary>
public static class Stage
{
    public const string ClientPost = "client: POST activity round trip";
    public const string ClientGet = "client: GET activities round trip";
    public const string ServerPost = "server: POST activity, request in to response out";
    public const string ServerGet = "server: GET activities, request in to response out";
    public const string BotTurn = "bot: OnTurnAsync (logic + state + reply)";
    public const string StateRead = "state: storage read in the bot turn";
    public const string StateWrite = "state: storage write in the bot turn";
    public const string StorageOutside = "storage read or write outside the bot turn";
    public const string AppendUser = "log: append the user's activity";
    public const string AppendReply = "log: append the bot's reply (JSON serialize)";
    public const string ReadLog = "log: read after watermark";
}

/// <summary>Times the requests the load driver sends, by method.</summary>
public sealed class TimedClientHandler(StageClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        clock.Record(request.Method == HttpMethod.Post ? Stage.ClientPost : Stage.ClientGet, start);
        return response;
    }
}

/// <summary>Times the activity requests from the first middleware on, so routing, auth, body parsing and writing are inside.</summary>
public sealed class TimedRequestsFilter(StageClock clock) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
        {
            var start = Stopwatch.GetTimestamp();
            await nextMiddleware(context);
            if (context.Request.Path.Value?.EndsWith("/activities", StringComparison.Ordinal) == true)
                clock.Record(HttpMethods.IsPost(context.Request.Method) ? Stage.ServerPost : Stage.ServerGet, start);
        });
        next(app);
    };
}

public sealed class TimedBot(IBot inner, StageClock clock) : IBot
{
    /// <summary>Set for the bot's own turn, so storage calls made by the adapter or middleware are told apart.</summary>
    public static readonly AsyncLocal<bool> InTurn = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        InTurn.Value = true;
        await inner.OnTurnAsync(turnContext, cancellationToken);
        if (turnContext.Activity.Type == ActivityTypes.Message)
            clock.Record(Stage.BotTurn, start);
    }
}

public sealed class TimedStorage(IStorage inner, StageClock clock) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        var items = await inner.ReadAsync(keys, cancellationToken);
        clock.Record(TimedBot.InTurn.Value ? Stage.StateRead : Stage.StorageOutside, start);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.WriteAsync(changes, cancellationToken);
        clock.Record(TimedBot.InTurn.Value ? Stage.StateWrite : Stage.StorageOutside, start);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}

public sealed class TimedDirectLineStore(IDirectLineStore inner, StageClock clock) : IDirectLineStore
{
    public Task<DirectLineCreateResult> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        inner.CreateAsync(conversation, cancellationToken);

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindAsync(conversationId, cancellationToken);

    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var id = await inner.AppendAsync(conversationId, activity, cancellationToken);
        clock.Record(activity.From?.Role == RoleTypes.Bot ? Stage.AppendReply : Stage.AppendUser, start);
        return id;
    }

    public async Task<DirectLineActivitySet?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var set = await inner.ReadAsync(conversationId, watermark, cancellationToken);
        clock.Record(Stage.ReadLog, start);
        return set;
    }
}
