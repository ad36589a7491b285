using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Storage;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>The one JSON form of state both storages keep, and the earlier form it still reads.</summary>
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
        var earlier = JToken.FromObject(State(), JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.All,
            SerializationBinder = new StateTypeBinder(),
        })).ToString(Formatting.None);

        var fromEarlier = StateSerializer.Deserialize(earlier);
        var fromNow = StateSerializer.Deserialize(StateSerializer.Serialize(State(), "ignored"));

        var state = fromEarlier.Should().BeOfType<Dictionary<string, object>>().Subject;
        state["draft"].Should().BeOfType<CaseDraft>();
        state["item"].Should().BeOfType<CountedItem>();
        var options = state["dialogs"].Should().BeOfType<DialogState>().Which.DialogStack.Single().State["options"].Should().BeOfType<PromptOptions>().Subject;
        options.Prompt!.Text.Should().Be("Pytanie?");
        options.Choices.Should().ContainSingle().Which.Synonyms.Should().Equal("t");
        JsonConvert.SerializeObject(fromEarlier).Should().Be(JsonConvert.SerializeObject(fromNow));
    }

    [Fact]
    public void A_document_can_be_read_by_a_version_that_writes_type_names_everywhere()
    {
        var earlierReader = JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.All,
            SerializationBinder = new StateTypeBinder(),
        });

        var read = earlierReader.Deserialize(new JsonTextReader(new StringReader(StateSerializer.Serialize(State(), "ignored"))));

        JsonConvert.SerializeObject(read).Should().Be(JsonConvert.SerializeObject(StateSerializer.Deserialize(StateSerializer.Serialize(State(), "ignored"))));
        ((Dictionary<string, object>)read!)["draft"].Should().BeOfType<CaseDraft>();
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
