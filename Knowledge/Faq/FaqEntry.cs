namespace Vivus.Advisor.Knowledge.Faq;

/// <summary>One topic of the FAQ corpus: the ways customers ask about it and the answer in both languages.</summary>
/// <param name="Id">Stable identifier, used by follow-ups, the eval set and the bot's buttons.</param>
/// <param name="Title">The entry's canonical question, shown on suggestion and follow-up buttons.</param>
/// <param name="Answer">Answer templates with {placeholders} filled from ContactOptions.</param>
/// <param name="FollowUps">Ids of entries offered as suggested actions after the answer.</param>
/// <param name="NeedsHuman">The topic usually needs a consultant, so the bot offers to collect the case.</param>
/// <param name="SourceFile">Corpus file name, so problems point editors at the right file.</param>
public sealed record FaqEntry(
    string Id,
    string Category,
    LocalizedText Title,
    IReadOnlyList<string> QuestionsPl,
    IReadOnlyList<string> QuestionsEn,
    LocalizedText Answer,
    IReadOnlyList<string> FollowUps,
    bool NeedsHuman,
    string SourceFile)
{
    public IEnumerable<string> AllQuestions => QuestionsPl.Concat(QuestionsEn);
}
