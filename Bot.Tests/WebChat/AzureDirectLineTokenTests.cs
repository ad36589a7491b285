using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.WebChat;

/// <summary>Azure mode: the app trades its Direct Line secret for a token at (a fake of) Azure's service.</summary>
public sealed class AzureDirectLineTokenTests
{
    private static Task<AdvisorServer> StartAsync(FakeAzureDirectLine azure) =>
        AdvisorServer.StartAsync([$"WebChat:DirectLineSecret={FakeAzureDirectLine.Secret}", $"WebChat:AzureDirectLineUrl={azure.BaseUrl}"]);

    [Fact]
    public async Task The_page_gets_a_token_and_never_the_secret()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var server = await StartAsync(azure);

        var response = await server.Client.PostAsync("/api/directline/token", null);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(text)!;
        ((string)body["token"]!).Should().Be("azure-token-1");
        ((string)body["conversationId"]!).Should().Be("azure-conv-1");
        ((int)body["expires_in"]!).Should().Be(3600);
        azure.Requests.Should().ContainSingle();
        azure.Requests.Single().Authorization.Should().Be("Bearer " + FakeAzureDirectLine.Secret);
        ((string)JsonNode.Parse(azure.Requests.Single().Body)!["user"]!["id"]!).Should().StartWith("dl_");

        var config = await server.Client.GetStringAsync("/api/webchat/config");
        var page = await server.Client.GetAsync("/");
        foreach (var seen in new[] { text, config, await page.Content.ReadAsStringAsync(), page.Headers.ToString(), await server.Client.GetStringAsync("/js/chat.js") })
        {
            seen.Should().NotContain(FakeAzureDirectLine.Secret);
        }
        server.Logs.AllText.Should().NotContain(FakeAzureDirectLine.Secret);
    }

    [Fact]
    public async Task The_config_points_the_page_at_Azure_and_the_policy_allows_it()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var server = await StartAsync(azure);

        var config = JsonNode.Parse(await server.Client.GetStringAsync("/api/webchat/config"))!;
        ((string)config["mode"]!).Should().Be("azure");
        ((string)config["tokenUrl"]!).Should().Be("/api/directline/token");
        ((string)config["domain"]!).Should().Be(azure.BaseUrl);

        var page = await server.Client.GetAsync("/");
        var origin = new Uri(azure.BaseUrl).GetLeftPart(UriPartial.Authority);
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain($"connect-src 'self' {origin} ws://");
        (await server.Client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode.Should().Be(HttpStatusCode.NotFound,
            "with Azure configured the built-in endpoint is off");
    }

    [Theory]
    [InlineData(StatusCodes.Status403Forbidden)]
    [InlineData(StatusCodes.Status500InternalServerError)]
    public async Task A_refusal_from_Azure_gets_502(int azureStatus)
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var server = await StartAsync(azure);
        azure.Status = azureStatus;

        var response = await server.Client.PostAsync("/api/directline/token", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(FakeAzureDirectLine.Secret);
    }

    [Fact]
    public async Task An_unreachable_Azure_gets_502()
    {
        await using var server = await AdvisorServer.StartAsync(
            [$"WebChat:DirectLineSecret={FakeAzureDirectLine.Secret}", "WebChat:AzureDirectLineUrl=http://127.0.0.1:9/v3/directline"]);

        (await server.Client.PostAsync("/api/directline/token", null)).StatusCode.Should().Be(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task Without_a_secret_there_is_no_token_exchange()
    {
        await using var server = await AdvisorServer.StartAsync();

        (await server.Client.PostAsync("/api/directline/token", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
