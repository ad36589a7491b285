using System.Net;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Protocol;

/// <summary>Rapid-fire clients get 429 with Retry-After, and the server keeps serving everyone else.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Rapid_fire_messages_in_one_direct_line_conversation_get_429_and_others_still_talk()
    {
        await using var server = await AdvisorServer.StartAsync(["RateLimits:MessagesPerConversationPerMinute=5"]);
        var noisy = await DirectLineClient.StartAsync(server.Client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => noisy.PostMessageAsync("hej", $"c-{i}")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(5);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        refused.Should().HaveCount(3);
        refused.Should().OnlyContain(r => r.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        var quiet = await DirectLineClient.StartAsync(server.Client);
        (await quiet.PostMessageAsync("hej")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await noisy.GetActivitiesAsync()).StatusCode.Should().Be(HttpStatusCode.OK, "only posting is limited this tightly");
    }

    [Fact]
    public async Task Too_many_requests_from_one_address_get_429()
    {
        await using var server = await AdvisorServer.StartAsync(["RateLimits:PerClientPerMinute=10"]);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            responses.Add(await server.Client.PostAsync("/v3/directline/tokens/generate", null));
        }

        responses.Take(10).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        responses.Skip(10).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.TooManyRequests && r.Headers.RetryAfter != null);
        (await server.Client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK, "the limits cover the chat endpoints only");
    }

    [Fact]
    public async Task Polling_one_conversation_too_often_gets_429()
    {
        await using var server = await AdvisorServer.StartAsync(["RateLimits:PerConversationPerMinute=5"]);
        var client = await DirectLineClient.StartAsync(server.Client);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetActivitiesAsync()).StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        statuses.Should().NotContain(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Rapid_fire_activities_of_one_conversation_at_the_channel_endpoint_get_429()
    {
        await using var channel = await ChannelListener.StartAsync();
        await using var server = await AdvisorServer.StartAsync(["RateLimits:MessagesPerConversationPerMinute=3"]);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("hej", channel.ServiceUrl, "noisy")))).StatusCode);
        }
        var other = await server.Client.PostAsync("/api/messages", Activities.Json(Activities.Message("hej", channel.ServiceUrl, "quiet")));

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        other.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("RateLimits:PerClientPerMinute=0", "PerClientPerMinute")]
    [InlineData("RateLimits:MessagesPerConversationPerMinute=-1", "MessagesPerConversationPerMinute")]
    [InlineData("TurnLock:WaitTimeout=00:10:00", "WaitTimeout")]
    public async Task Bad_limits_stop_the_app_at_start_up(string setting, string key)
    {
        var start = () => AdvisorServer.StartAsync([setting]);

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message.Should().Contain(key);
    }
}
