using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Privacy;

namespace Vivus.Advisor.Bot.Middleware;

/// <summary>
/// Keeps the messages exchanged while a case is taken down, with personal data masked, for the live-agent handoff.
/// It is the only transcript the advisor keeps, so nothing raw is ever written to one; outside a case nothing is kept,
/// so ordinary questions do not grow the conversation state.
/// </summary>
public sealed class RedactedTranscript : Microsoft.Bot.Builder.IMiddleware
{
    public const int MaxLines = 40;

    private readonly IStatePropertyAccessor<List<TranscriptLine>> _lines;

    public RedactedTranscript(ConversationState conversationState) =>
        _lines = conversationState.CreateProperty<List<TranscriptLine>>("transcript");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } text })
        {
            await AppendAsync(turnContext, "user", text, cancellationToken);
        }
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text)))
            {
                await AppendAsync(context, "bot", activity.Text, cancellationToken);
            }
            return await nextSend();
        });
        await next(cancellationToken);
    }

    /// <summary>Starts keeping the transcript, from the message that asked for a consultant.</summary>
    public async Task BeginAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _lines.SetAsync(turnContext, [], cancellationToken);
        if (turnContext.Activity.Text is { Length: > 0 } text)
        {
            await AppendAsync(turnContext, "user", text, cancellationToken);
        }
    }

    /// <summary>The masked transcript as Bot Framework activities, oldest first.</summary>
    public async Task<Transcript> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var lines = await _lines.GetAsync(turnContext, () => [], cancellationToken);
        return new Transcript(lines.Select(line => new Activity
        {
            Type = ActivityTypes.Message,
            Text = line.Text,
            Timestamp = line.Timestamp,
            From = new ChannelAccount(line.Role, role: line.Role),
        }).ToList());
    }

    /// <summary>Stops keeping the transcript and forgets it.</summary>
    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _lines.DeleteAsync(turnContext, cancellationToken);

    private async Task AppendAsync(ITurnContext turnContext, string role, string text, CancellationToken cancellationToken)
    {
        // Outside a case the property holds null: nothing is being recorded.
        if (await _lines.GetAsync(turnContext, () => null!, cancellationToken) is not { } lines)
        {
            return;
        }
        lines.Add(new TranscriptLine { Role = role, Text = PersonalDataRedactor.Redact(text), Timestamp = DateTimeOffset.UtcNow });
        if (lines.Count > MaxLines)
        {
            lines.RemoveRange(0, lines.Count - MaxLines);
        }
    }
}

public sealed class TranscriptLine
{
    public string Role { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }
}
