using AwesomeAssertions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Storage;
using Xunit;

namespace Vivus.Advisor.Bot.Tests.Middleware;

public class RedactedTranscriptTests
{
    private readonly InMemoryStorage _storage = new();
    private readonly TrackedConversationState _state;
    private readonly RedactedTranscript _transcript;
    private IReadOnlyList<TranscriptLine>? _read;

    public RedactedTranscriptTests()
    {
        _state = new TrackedConversationState(_storage);
        _transcript = new RedactedTranscript(_state, _storage, new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T12:00:00Z")));
    }

    [Fact]
    public async Task A_long_case_keeps_its_latest_lines_in_order_across_turns()
    {
        var flow = Flow().Send("start").AssertReply("ok");
        for (var i = 1; i <= 30; i++)
            flow = flow.Send($"wiadomość {i}").AssertReply("ok");
        await flow.Send("czytaj").AssertReply("ok").StartTestAsync();

        var texts = _read!.Select(line => $"{line.Role}: {line.Text}").ToList();
        texts.Should().HaveCount(RedactedTranscript.MaxLines);
        texts.TakeLast(3).Should().Equal("user: wiadomość 30", "bot: ok", "user: czytaj");
        texts.First().Should().Be("bot: ok", "the oldest lines give way, one user-and-bot pair at a time");
        texts.Where(t => t.StartsWith("user", StringComparison.Ordinal)).Select(t => t).Should().EndWith(
            Enumerable.Range(12, 19).Select(i => $"user: wiadomość {i}").Append("user: czytaj"));
    }

    [Fact]
    public async Task Lines_are_masked_and_nothing_is_kept_after_clearing_or_outside_a_case()
    {
        await Flow()
            .Send("pytanie przed sprawą").AssertReply("ok")
            .Send("start").AssertReply("ok")
            .Send("mój PESEL to 90010112349, e-mail jan.kowalski@example.com").AssertReply("ok")
            .Send("czytaj").AssertReply("ok")
            .Send("wyczyść").AssertReply("ok")
            .Send("po sprawie").AssertReply("ok")
            .StartTestAsync();

        var texts = _read!.Select(line => line.Text).ToList();
        texts.Should().Equal("start", "ok", "mój PESEL to [redacted], e-mail [redacted]", "ok", "czytaj");
        var keys = Enumerable.Range(0, RedactedTranscript.MaxLines).Select(i => $"test/conversations/Convo1/transcript/{i}").ToArray();
        (await _storage.ReadAsync(keys)).Should().BeEmpty();
    }

    private TestFlow Flow()
    {
        var adapter = new TestAdapter("test") { Locale = "pl-PL" };
        adapter.Conversation.Conversation.Id = "Convo1";
        adapter.Use(_transcript);
        return new TestFlow(adapter, async (turn, cancellationToken) =>
        {
            switch (turn.Activity.Text)
            {
                case "start":
                    await _transcript.BeginAsync(turn, cancellationToken);
                    break;
                case "czytaj":
                    _read = await _transcript.ReadAsync(turn, cancellationToken);
                    break;
                case "wyczyść":
                    await _transcript.ClearAsync(turn, cancellationToken);
                    break;
            }
            await turn.SendActivityAsync("ok", cancellationToken: cancellationToken);
            await _state.SaveChangesAsync(turn, cancellationToken: cancellationToken);
        });
    }
}
