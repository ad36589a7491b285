using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Validation;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Spłata!", "splata")]
    [InlineData("  Chcę   porozmawiać — z KONSULTANTEM?! ", "chce porozmawiac z konsultantem")]
    [InlineData("...nie mam pożyczki...", "nie mam pozyczki")]
    [InlineData("Don’t know, it's 10:30", "don't know it's 10 30")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Folds_case_accents_and_punctuation(string? text, string expected) =>
        TextFolding.Fold(text).Should().Be(expected);

    [Fact]
    public void Folds_a_long_message_like_a_short_one()
    {
        var text = string.Concat(Enumerable.Repeat("Żółta łódź, ", 100));

        TextFolding.Fold(text).Should().Be(string.Join(' ', Enumerable.Repeat("zolta lodz", 100)));
    }
}
