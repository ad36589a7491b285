using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The one JSON form of state both storages keep, the earlier forms it still reads, and the earlier version that reads it.</summary>
public sealed class StateSerializerTests
{
    private static Dictionary<string, object> State() => new()
    {
        ["draft"] = new CaseDraft
        {
            Topic = "repayment",
            Steps = ["topic"],
            Answers = new Dictionary<string, object> { ["amount"] = 1500, ["list"] = new List<object> { 1, "a" } },
            Contact = new DraftContact { Channel = "phone", Since = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)) },
        },
        ["item"] = new CountedItem { Count = 2, ETag = "7" },
        ["dialogs"] = new DialogState
        {
            DialogStack =
            [
                new DialogInstance
                {
                    Id = "ask",
                    State = new Dictionary<string, object>
                    {
                        ["options"] = new PromptOptions { Prompt = MessageFactory.Text("Pytanie?"), Choices = [new Choice("Tak", "t")], MaxAttempts = 2 },
                        ["state"] = new Dictionary<string, object> { ["attemptCount"] = 1 },
                    },
                },
            ],
        },
    };

    [Fact]
    public void A_document_written_with_type_names_everywhere_reads_as_one_written_now()
    {
        // Earlier versions named every type by its assembly-qualified name, as Json.NET's default binder does.
        var earlier = JToken.FromObject(State(), JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.All,
            SerializationBinder = new DefaultSerializationBinder(),
        })).ToString(Formatting.None);

        var fromEarlier = StateSerializer.Deserialize(earlier);
        var fromNow = StateSerializer.Deserialize(StateSerializer.Serialize(State(), "ignored"));

        earlier.Should().Contain("Vivus.Advisor.Bot.Dialogs.Runtime.DialogState, Vivus.Advisor.Bot");
        var state = fromEarlier.Should().BeOfType<Dictionary<string, object>>().Subject;
        state["draft"].Should().BeOfType<CaseDraft>();
        state["item"].Should().BeOfType<CountedItem>();
        var options = state["dialogs"].Should().BeOfType<DialogState>().Which.DialogStack.Single().State["options"].Should().BeOfType<PromptOptions>().Subject;
        options.Prompt!.Text.Should().Be("Pytanie?");
        options.Choices.Should().ContainSingle().Which.Synonyms.Should().Equal("t");
        JsonConvert.SerializeObject(fromEarlier).Should().Be(JsonConvert.SerializeObject(fromNow));
    }

    [Fact]
    public void Core_collections_are_named_without_assemblies_and_the_app_types_as_before()
    {
        var line = new TranscriptLine { Role = "user", Text = "tak", Timestamp = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.Zero) };
        var state = new Dictionary<string, object>
        {
            ["dialogs"] = new DialogState
            {
                DialogStack =
                [
                    new DialogInstance
                    {
                        Id = "steps",
                        State = new Dictionary<string, object>
                        {
                            ["options"] = new IntakeStart(),
                            ["values"] = new Dictionary<string, object> { ["case"] = new CaseFile { Email = "a@b.pl" }, ["loan"] = new LoanNumberAnswer("VIV-1"), ["list"] = new List<object> { 1 } },
                        },
                    },
                    new DialogInstance { Id = "ask", State = new Dictionary<string, object> { ["options"] = new PromptOptions { Prompt = MessageFactory.Text("Pytanie?") } } },
                ],
            },
        };

        var document = StateSerializer.Serialize(state, "ignored");
        var read = (Dictionary<string, object>)StateSerializer.Deserialize(document)!;

        document.Should().StartWith("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]",""")
            .And.Contain("""{"$type":"System.Collections.Generic.List`1[[System.Object]]",""")
            .And.Contain("""{"$type":"Vivus.Advisor.Bot.Cases.CaseFile, Vivus.Advisor.Bot",""")
            .And.NotContain("System.Private.CoreLib").And.NotContain("Version=");
        var stack = read["dialogs"].Should().BeOfType<DialogState>().Which.DialogStack;
        stack[0].State["options"].Should().BeOfType<IntakeStart>();
        var values = stack[0].State["values"].Should().BeOfType<Dictionary<string, object>>().Subject;
        values["case"].Should().BeOfType<CaseFile>().Which.Email.Should().Be("a@b.pl");
        values["loan"].Should().Be(new LoanNumberAnswer("VIV-1"));
        values["list"].Should().BeOfType<List<object>>();
        stack[1].State["options"].Should().BeOfType<PromptOptions>().Which.Prompt!.Text.Should().Be("Pytanie?");
        StateSerializer.Deserialize(StateSerializer.Serialize(line, "ignored")).Should().BeEquivalentTo(line);
    }

    [Fact]
    public void A_document_written_now_reads_in_the_version_before_it()
    {
        // That version resolved names through Json.NET's default binder (behind its allow-list), as a shared Redis
        // meets it while instances are upgraded one by one.
        var earlierReader = JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            SerializationBinder = new DefaultSerializationBinder(),
        });

        var read = earlierReader.Deserialize(new JsonTextReader(new StringReader(StateSerializer.Serialize(State(), "ignored"))), typeof(object));

        JsonConvert.SerializeObject(read).Should().Be(JsonConvert.SerializeObject(StateSerializer.Deserialize(StateSerializer.Serialize(State(), "ignored"))));
        ((Dictionary<string, object>)read!)["draft"].Should().BeOfType<CaseDraft>();
    }

    [Fact]
    public void Other_types_are_written_by_their_assembly_qualified_names_as_before()
    {
        var document = StateSerializer.Serialize(new Dictionary<string, object> { ["draft"] = new CaseDraft(), ["names"] = new List<CaseDraft> { new() } }, "ignored");

        document.Should().Contain("""{"$type":"Vivus.Advisor.Bot.Tests.Storage.CaseDraft, Vivus.Advisor.Bot.Tests",""")
            .And.Contain("""{"$type":"System.Collections.Generic.List`1[[Vivus.Advisor.Bot.Tests.Storage.CaseDraft, Vivus.Advisor.Bot.Tests]], System.Private.CoreLib",""");
        var read = (Dictionary<string, object>)StateSerializer.Deserialize(document)!;
        read["draft"].Should().BeOfType<CaseDraft>();
        read["names"].Should().BeOfType<List<CaseDraft>>().Which.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Process")]
    [InlineData("System.Collections.Generic.Dictionary`2[[System.String],[System.Diagnostics.Process, System.Diagnostics.Process]]")]
    [InlineData("System.IO.FileInfo")]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process")]
    [InlineData("System.Collections.Generic.List`1[[System.Diagnostics.Process, System.Diagnostics.Process]], System.Private.CoreLib")]
    public void A_document_naming_a_foreign_type_is_refused(string typeName)
    {
        var document = """{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","slot":{"$type":""" + JsonConvert.ToString(typeName) + "}}";

        var read = () => StateSerializer.Deserialize(document);

        read.Should().Throw<JsonSerializationException>().WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public void An_item_with_an_etag_contract_is_written_with_the_new_etag_once()
    {
        var items = new object[]
        {
            new CountedItem { Count = 1, ETag = "old" },
            new CountedItem { Count = 1 },
            new CamelCaseItem { Note = "n", ETag = "old" },
            JObject.FromObject(new { ETag = "old", Nested = new { ETag = "kept" } }),
        };

        foreach (var item in items)
        {
            var document = JObject.Parse(StateSerializer.Serialize(item, "new"), new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });

            document.Properties().Where(p => p.Name.Equals("ETag", StringComparison.OrdinalIgnoreCase)).Should().ContainSingle()
                .Which.Value.Value<string>().Should().Be("new");
        }
        JObject.Parse(StateSerializer.Serialize(items[3], "new"))["Nested"]!.Value<string>("ETag").Should().Be("kept");
    }
}
