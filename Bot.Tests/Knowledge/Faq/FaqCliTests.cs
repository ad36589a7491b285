using System.Text.Json;
using Vivus.Advisor.Knowledge.Cli;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

public sealed class FaqCliTests
{
    private static (int Code, string Output, string Error) Run(string[] args, string input = "", bool redirected = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = KnowledgeCli.RunAsync(args, new StringReader(input), output, error, redirected).GetAwaiter().GetResult();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Ask_json_prints_one_object_with_the_filled_answer()
    {
        var (code, output, _) = Run(["ask", "jaki jest numer infolinii?", "--json"]);

        code.Should().Be(0);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("answered").GetBoolean().Should().BeTrue();
        json.GetProperty("id").GetString().Should().Be("hotline-numbers");
        json.GetProperty("language").GetString().Should().Be("pl");
        json.GetProperty("score").GetDouble().Should().BeGreaterThan(0);
        json.GetProperty("answer").GetString().Should().Contain("(tel:+48660600700)");
        json.GetProperty("suggestions").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Ask_json_for_an_unknown_question_has_null_id_and_answer()
    {
        var json = JsonDocument.Parse(Run(["ask", "what's the weather in Paris", "--json"]).Output).RootElement;

        json.GetProperty("answered").GetBoolean().Should().BeFalse();
        json.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("answer").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public void Ask_reads_one_question_per_line_when_input_is_redirected()
    {
        var (code, output, _) = Run(["ask", "--json"], "adres e-mail\n\nI forgot my password\nprzepis na sernik\n", redirected: true);

        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id")).ToList();
        ids[0].GetString().Should().Be("email-address");
        ids[1].GetString().Should().Be("password-recovery");
        ids[2].ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Ask_without_json_prints_a_readable_answer()
    {
        var (code, output, _) = Run(["ask", "W", "jakich", "godzinach", "działa", "infolinia?"]);

        code.Should().Be(0);
        output.Should().StartWith("[hotline-hours").And.Contain("8:00–22:00");
    }

    [Fact]
    public void Check_passes_the_real_corpus_and_fails_a_bad_one()
    {
        Run(["check"]).Code.Should().Be(0);

        var (code, _, error) = Run(["check", "--corpus", FaqTestCorpus.TestData("bad-follow-up")]);
        code.Should().Be(1);
        error.Should().Contain("follow-up 'missing-entry' is not an entry id");
    }

    [Fact]
    public void Eval_prints_the_figures()
    {
        var (code, output, _) = Run(["eval"]);

        code.Should().Be(0);
        output.Should().Contain("top-1 accuracy").And.Contain("top-3 accuracy").And.Contain("no-answer precision").And.Contain("no-answer recall");
    }
}
