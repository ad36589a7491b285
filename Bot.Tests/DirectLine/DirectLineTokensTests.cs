using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.WebChat;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_checked_again_still_expires_on_time()
    {
        var tokens = Tokens(maxConversations: 10);
        var token = tokens.Issue("conv", "dl_user");

        tokens.Check(token).Check.Should().Be(TokenCheck.Valid);
        tokens.Check(Request(token)).Grant!.ConversationId.Should().Be("conv");

        _clock.Advance(TimeSpan.FromMinutes(29));
        tokens.Check(Request(token)).Check.Should().Be(TokenCheck.Valid);
        _clock.Advance(TimeSpan.FromMinutes(1));
        tokens.Check(Request(token)).Check.Should().Be(TokenCheck.Expired);
        tokens.Check(token).Check.Should().Be(TokenCheck.Expired);
    }

    [Fact]
    public void A_token_verified_before_is_not_a_pass_for_its_tampered_copy()
    {
        var tokens = Tokens(maxConversations: 10);
        var token = tokens.Issue("conv", "dl_user");
        tokens.Check(token).Check.Should().Be(TokenCheck.Valid);

        tokens.Check(token + "A").Check.Should().Be(TokenCheck.Invalid);
        tokens.Check(Request(token[..^1])).Check.Should().Be(TokenCheck.Invalid);
        tokens.Check(Request("  " + token + " ")).Check.Should().Be(TokenCheck.Valid, "the header's spaces are not part of the token");
    }

    [Fact]
    public void Every_conversation_keeps_working_when_more_tokens_are_checked_than_are_remembered()
    {
        var tokens = Tokens(maxConversations: 3);
        var issued = Enumerable.Range(0, 20).Select(i => (Conversation: $"conv{i}", Token: tokens.Issue($"conv{i}", "dl_user"))).ToList();

        for (var round = 0; round < 3; round++)
        {
            foreach (var (conversation, token) in issued)
            {
                var (check, grant) = tokens.Check(Request(token));
                check.Should().Be(TokenCheck.Valid);
                grant!.ConversationId.Should().Be(conversation);
            }
            _clock.Advance(TimeSpan.FromMinutes(5));
        }
    }

    private DirectLineTokens Tokens(int maxConversations) =>
        new(Options.Create(new WebChatOptions { MaxConversations = maxConversations }), _clock);

    private static HttpRequest Request(string token)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Authorization = "Bearer " + token;
        return http.Request;
    }
}
