using System.Globalization;
using System.Text;
using Vivus.Advisor.Knowledge.Dates;
using Vivus.Advisor.Knowledge.Faq.Evaluation;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Dates;

public sealed class PolishTextTests
{
    [Theory]
    [InlineData("Środę", "srode")]
    [InlineData("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc gesla jazn")]
    [InlineData("„Spłata” — do 20:00…", "„splata” — do 20:00…")]
    [InlineData("Café naïve Ångström", "cafe naive angstrom")]
    [InlineData("Ærø ﬁ ½", "ærø ﬁ ½")]
    [InlineData("", "")]
    public void Folds_case_and_diacritics(string text, string expected) =>
        PolishText.Fold(text).Should().Be(expected);

    [Fact]
    public void Folds_every_eval_question_and_random_polish_text_as_decomposition_does()
    {
        var random = new Random(11);
        const string alphabet = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ0123456789 .,?!-'\"„”’–—…\u00a0éüß";
        var texts = EvalSet.Load(EvalSet.DefaultPath).Select(c => c.Question)
            .Concat(Enumerable.Range(0, 2_000).Select(_ => new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())));

        foreach (var text in texts)
            PolishText.Fold(text).Should().Be(Decomposed(text), text);
    }

    // The definition: lower case, 'ł' as 'l', canonical decomposition without its combining marks.
    private static string Decomposed(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        return string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).Normalize(NormalizationForm.FormC);
    }
}
