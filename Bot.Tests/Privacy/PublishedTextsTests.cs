using Vivus.Advisor.Bot.Privacy;

namespace Vivus.Advisor.Bot.Tests.Privacy;

public sealed class PublishedTextsTests
{
    [Fact]
    public void Finds_exactly_the_published_texts_whatever_their_length()
    {
        var published = new PublishedTexts();
        var answer = published.Publish("Zadzwoń: 22 100 00 00");
        var longText = published.Publish(new string('7', 70_000));

        published.Contains(answer).Should().BeTrue();
        published.Contains(longText).Should().BeTrue();
        // The same lengths as published texts, and other lengths, short and long.
        published.Contains("Zadzwoń: 22 100 00 01").Should().BeFalse();
        published.Contains(new string('8', 70_000)).Should().BeFalse();
        published.Contains("Zadzwoń: 22 100 00 0").Should().BeFalse();
        published.Contains(new string('7', 69_999)).Should().BeFalse();
        published.Contains("").Should().BeFalse();
    }
}
