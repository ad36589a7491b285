using System.Text.Encodings.Web;
using System.Text.Json;
using Vivus.Advisor.Knowledge.Faq;

namespace Vivus.Advisor.Knowledge.Cli;

/// <summary>The one-line JSON form of an answer that the ask command prints.</summary>
public static class FaqAnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(FaqAnswer answer) => JsonSerializer.Serialize(new
    {
        answered = answer.Answered,
        id = answer.Entry?.Id,
        score = Math.Round(answer.Score, 4),
        language = answer.Language.Code(),
        answer = answer.AnswerText,
        suggestions = answer.Suggestions.Select(s => new { id = s.Id, question = s.Question }),
    }, Options);
}
