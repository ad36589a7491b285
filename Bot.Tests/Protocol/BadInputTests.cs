using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Protocol;

/// <summary>Client mistakes at /api/messages get a 4xx, never a 500, and the server keeps serving.</summary>
public sealed class BadInputTests
{
    private const string ValidShape = """{"type":"message","text":"hej","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"recipient":{"id":"b"}}""";

    public static TheoryData<string, string, string> Anonymous => new()
    {
        { "malformed JSON", "application/json", """{"type":"message",""" },
        { "not an object", "application/json", "[1,2,3]" },
        { "empty body", "application/json", "" },
        { "wrong content type", "text/plain", ValidShape },
        { "form post", "application/x-www-form-urlencoded", "type=message" },
        { "no conversation", "application/json", """{"type":"message","text":"hej","serviceUrl":"http://127.0.0.1:9/"}""" },
        { "no type", "application/json", """{"text":"hej","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""" },
        { "no service url", "application/json", """{"type":"message","text":"hej","conversation":{"id":"c"}}""" },
    };

    [Theory]
    [MemberData(nameof(Anonymous))]
    public async Task Gets_a_4xx(string because, string contentType, string body)
    {
        await using var server = await AdvisorServer.StartAsync();

        var response = await server.Client.PostAsync("/api/messages", Content(body, contentType));

        ((int)response.StatusCode).Should().BeInRange(400, 499, because);
        (await server.Client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_bad_bearer_token_gets_401_when_an_app_id_is_set(string authorization)
    {
        await using var server = await AdvisorServer.StartAsync(["MicrosoftAppId=00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword=unused"]);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Content(ValidShape, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await server.Client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        await using var server = await AdvisorServer.StartAsync();
        var huge = ValidShape.Replace("\"hej\"", "\"" + new string('a', 300_000) + "\"");

        var response = await server.Client.PostAsync("/api/messages", Content(huge, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    private static StringContent Content(string body, string contentType) =>
        new(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType));
}
