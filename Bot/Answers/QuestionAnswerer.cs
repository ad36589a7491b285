using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Vivus.Advisor.Bot.Replies;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Answers;

/// <summary>A reply to a question, and whether the advisor is sure it answered it.</summary>
public sealed record QuestionReply(IMessageActivity Message, bool Confident);

/// <summary>Answers a typed question: about the hotline's hours from the hours engine, anything else from the FAQ.</summary>
public sealed class QuestionAnswerer(HoursQuestionAnswerer hours, FaqAnswerer faq, FaqMessages faqMessages)
{
    public QuestionReply Answer(string text)
    {
        // A button of ours names its FAQ entry exactly; anything typed may be about the hours right now.
        if (faq.AnswerEntryQuestion(text) is { } entryAnswer)
        {
            return Reply(entryAnswer);
        }
        var language = FaqLanguageDetector.Detect(text) ?? FaqLanguage.Pl;
        if (hours.Answer(text, language.Code()) is { } hoursAnswer)
        {
            var message = MessageFactory.Text(hoursAnswer);
            message.TextFormat = TextFormatTypes.Markdown;
            message.Locale = language == FaqLanguage.En ? "en-US" : "pl-PL";
            return new QuestionReply(message, true);
        }
        return Reply(faq.AnswerTyped(text, language));
    }

    private QuestionReply Reply(FaqAnswer answer) => new(faqMessages.For(answer), answer.Answered);
}
