using System.Text;
using System.Text.Json.Nodes;
using Vivus.Advisor.Bot.DirectLine;

namespace Vivus.Advisor.Bot.Tests.DirectLine;

public sealed class DirectLineActivitySetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Goes_out_as_the_activities_as_stored_in_utf8(int count)
    {
        var activities = Enumerable.Range(1, count)
            .Select(i => $$"""{"type":"message","id":"c|000000{{i}}","text":"Zażółć gęślą jaźń — {{i}} € 🙂"}""")
            .ToList();

        var utf8 = new DirectLineActivitySet(activities.Select(Encoding.UTF8.GetBytes).ToList(), 42).ToUtf8();

        Encoding.UTF8.GetString(utf8).Should().Be("{\"activities\":[" + string.Join(',', activities) + "],\"watermark\":\"42\"}");
        JsonNode.Parse(utf8)!["activities"]!.AsArray().Select(a => (string)a!["text"]!)
            .Should().Equal(Enumerable.Range(1, count).Select(i => $"Zażółć gęślą jaźń — {i} € 🙂"));
    }
}
