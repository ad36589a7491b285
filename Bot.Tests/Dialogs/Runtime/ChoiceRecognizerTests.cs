using Vivus.Advisor.Bot.Dialogs.Runtime;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Runtime;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Choices =
        [new("Spłata pożyczki", "rata", "zapłata"), new("Przedłużenie terminu", "odroczenie"), new("Spłata przed terminem"), new("Kontakt")];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("2.", 1)]
    [InlineData(" 4 ", 3)]
    [InlineData("Spłata pożyczki", 0)]
    [InlineData("SPLATA POZYCZKI", 0)]
    [InlineData("spłata pożyczki!", 0)]
    [InlineData("rata", 0)]
    [InlineData("Zaplata", 0)]
    [InlineData("odroczenie", 1)]
    [InlineData("przedłuż", 1)]
    [InlineData("przed terminem", 2)]
    [InlineData("kont", 3)]
    [InlineData("chodzi mi o kontakt", 3)]
    public void Recognises_a_choice(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, Choices);

        found.Should().NotBeNull();
        found!.Index.Should().Be(index);
        found.Value.Should().Be(Choices[index].Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("spłata")]
    [InlineData("sp")]
    [InlineData("łata")]
    [InlineData("pogoda")]
    public void Recognises_nothing_when_the_answer_is_out_of_range_ambiguous_or_unrelated(string text)
    {
        ChoiceRecognizer.Recognize(text, Choices).Should().BeNull();
    }

    [Fact]
    public void Scores_a_partial_match_lower_than_an_exact_one()
    {
        ChoiceRecognizer.Recognize("Kontakt", Choices)!.Score.Should().Be(1);
        ChoiceRecognizer.Recognize("kont", Choices)!.Score.Should().BeLessThan(1);
    }
}
