using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bot.Tests.Privacy;

public sealed class DeliveredActivityRedactorTests
{
    [Fact]
    public void Masks_personal_data_in_content_and_keeps_what_the_protocol_needs()
    {
        const string json = """
            {"type":"message","id":"abc|0000012","timestamp":"2026-11-25T14:00:00.1234567+00:00","conversation":{"id":"abc12345"},
            "from":{"id":"dl_123456789","name":"Jan 90010112349","role":"user"},"text":"PESEL 90010112349, VIV-123456",
            "channelData":{"clientActivityID":"1732543200000abc","note":"jan.kowalski@example.com"},"value":{"phone":"600 100 200"}}
            """;

        var redacted = DeliveredActivityRedactor.Redact(json);

        redacted.Should().NotContain("90010112349").And.NotContain("VIV-123456").And.NotContain("jan.kowalski").And.NotContain("600 100 200");
        redacted.Should().Contain("\"abc|0000012\"").And.Contain("2026-11-25T14:00:00.1234567").And.Contain("\"abc12345\"")
            .And.Contain("\"dl_123456789\"").And.Contain("\"1732543200000abc\"");
    }

    [Fact]
    public void Leaves_an_activity_without_personal_data_as_it_was()
    {
        const string json = """{"type":"message","id":"c|0000001","text":"Dzień dobry!"}""";

        DeliveredActivityRedactor.Redact(json).Should().BeSameAs(json);
    }

    [Theory]
    [InlineData("""{"type":"message","from":{"id":["600 100 200"]}}""")]
    [InlineData("""{"type":"message","from":[{"id":"600 100 200"}]}""")]
    [InlineData("""{"type":"message","channelData":{"x":{"clientActivityID":"600 100 200"}}}""")]
    [InlineData("""{"type":"message","suggestedActions":{"actions":[{"type":"imBack","title":"Tel. 600 100 200","value":"ok"}]}}""")]
    public void Masks_a_kept_name_that_is_not_where_the_protocol_puts_it(string json)
    {
        DeliveredActivityRedactor.Redact(json).Should().NotContain("600 100 200");
    }

    [Fact]
    public void Leaves_personal_looking_protocol_fields_as_they_were()
    {
        const string json = """{"type":"message","id":"c|0000001","from":{"id":"600 100 200","role":"user"},"text":"Dzień dobry!"}""";

        DeliveredActivityRedactor.Redact(json).Should().BeSameAs(json);
    }
}
