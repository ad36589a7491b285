using Vivus.Advisor.Knowledge.Dates;
using Vivus.Advisor.Knowledge.Faq.Evaluation;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

/// <summary>
/// Checks a time recognizer's skip: on every labelled question and on random texts mixing the patterns' words with the
/// labelled questions' words, recognizing with the skip gives what every pattern gives, and a skipped text matches none.
/// </summary>
internal static class TimeWordsSkip
{
    public static void IsSound(
        string[] patternWords,
        Func<Random, string> separator,
        Func<string, string> normalize,
        Func<string, TimeMention?> everyPattern,
        Func<string, TimeMention?> recognize,
        Func<string, bool> mayMentionTime)
    {
        var random = new Random(2611);
        var filler = EvalSet.Load(EvalSet.DefaultPath).SelectMany(c => c.Question.Split(' ')).Distinct().ToArray();
        var texts = EvalSet.Load(EvalSet.DefaultPath).Select(c => c.Question).ToList();
        for (var i = 0; i < 30_000; i++)
            texts.Add(string.Join(separator(random), Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
                random.Next(3) == 0 ? patternWords[random.Next(patternWords.Length)] : filler[random.Next(filler.Length)])));

        var skipped = 0;
        foreach (var text in texts)
        {
            var normalized = normalize(text);
            var all = everyPattern(normalized);
            recognize(text).Should().BeEquivalentTo(all, text);
            if (!mayMentionTime(normalized))
            {
                skipped++;
                all.Should().BeNull(text);
            }
        }
        skipped.Should().BeGreaterThan(texts.Count / 4, "the skip is tried on many texts");
    }
}
