using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.WebChat;

/// <summary>The chat page as the app serves it: files, headers, config and settings checks.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_page_comes_with_a_tight_content_security_policy()
    {
        await using var server = await AdvisorServer.StartAsync();

        var page = await server.Client.GetAsync("/");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'none'").And.Contain("script-src 'self';").And.Contain("connect-src 'self';")
            .And.Contain("frame-ancestors 'self'").And.Contain("img-src 'self' data: blob:").And.NotContain("unsafe-eval");
        page.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        page.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");

        var html = await page.Content.ReadAsStringAsync();
        Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").Should().BeEmpty("the policy forbids inline script");
        html.Should().Contain("lang=\"pl\"").And.Contain("aria-controls=\"chat-panel\"").And.Contain("aria-labelledby=\"chat-title\"");
    }

    [Fact]
    public async Task The_built_in_mode_serves_the_npm_bundle_and_points_at_itself()
    {
        await using var server = await AdvisorServer.StartAsync();

        var config = JsonNode.Parse(await server.Client.GetStringAsync("/api/webchat/config"))!;
        ((string)config["mode"]!).Should().Be("builtin");
        ((string)config["tokenUrl"]!).Should().Be("/v3/directline/tokens/generate");
        config["domain"].Should().BeNull();
        ((bool)config["webSocket"]!).Should().BeTrue();
        ((string)config["bundleUrl"]!).Should().Be("/lib/webchat.js", "the build installed Web Chat from npm");

        var bundle = await server.Client.GetAsync("/lib/webchat.js");
        bundle.StatusCode.Should().Be(HttpStatusCode.OK);
        bundle.Content.Headers.ContentLength.Should().BeGreaterThan(1_000_000);
        (await server.Client.GetAsync("/js/chat.js")).Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await server.Client.GetAsync("/css/chat.css")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Configured_frame_ancestors_join_the_policy()
    {
        await using var server = await AdvisorServer.StartAsync(["WebChat:FrameAncestors:0=https://www.vivus.pl"]);

        var csp = (await server.Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();

        csp.Should().EndWith("frame-ancestors 'self' https://www.vivus.pl");
    }

    [Theory]
    [InlineData("WebChat:TokenSigningKey=c2hvcnQ=")]
    [InlineData("WebChat:TokenLifetime=00:00:01")]
    [InlineData("WebChat:MaxActivitiesPerConversation=0")]
    [InlineData("WebChat:CdnBundleUrl=http://cdn.example/webchat.js")]
    [InlineData("WebChat:FrameAncestors:0=https://a.example; script-src *")]
    public async Task Bad_settings_stop_the_start(string setting)
    {
        var start = () => AdvisorServer.StartAsync([setting]);

        await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>();
    }

    [Fact]
    public async Task A_configured_signing_key_makes_tokens_valid_across_instances()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        await using var first = await AdvisorServer.StartAsync([$"WebChat:TokenSigningKey={key}"]);
        await using var second = await AdvisorServer.StartAsync([$"WebChat:TokenSigningKey={key}"]);
        var client = new DirectLineClient(first.Client);
        await client.GenerateTokenAsync();

        var onSecond = new DirectLineClient(second.Client) { Token = client.Token };
        (await onSecond.SendAsync(HttpMethod.Post, "/tokens/refresh")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
