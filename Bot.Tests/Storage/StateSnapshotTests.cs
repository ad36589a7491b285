using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>
/// The in-memory store keeps the conversation state as copies instead of JSON; a copy must be, object for object and
/// type for type, what Json.NET's serializer reads back from the JSON of the state, as the Redis store hands it back.
/// </summary>
public sealed class StateSnapshotTests
{
    [Theory]
    [MemberData(nameof(AppServices.HotlineOpenAndClosed), MemberType = typeof(AppServices))]
    public async Task Every_document_a_case_intake_stores_is_copied_into_what_the_serializer_reads_back(DateTimeOffset localNow)
    {
        var written = 0;
        var declined = new List<string>();
        var mismatches = new List<string>();
        await StoredIntake.RunAsync(localNow, value =>
        {
            written++;
            var expected = Describe(ReadBackBySerializer(value));
            if (!StateSnapshot.TryCopy(value, out var copy))
            {
                declined.Add(expected);
            }
            else if (Describe(copy) != expected)
            {
                mismatches.Add(expected + "\n" + Describe(copy));
            }
        });

        written.Should().BeGreaterThan(StoredIntake.Messages.Length);
        declined.Should().BeEmpty("the intake keeps only the shapes copied by hand");
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Every_property_of_the_shapes_copied_comes_back_as_the_serializer_reads_it()
    {
        var state = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
        {
            ["DialogState"] = new DialogState
            {
                DialogStack =
                [
                    new DialogInstance
                    {
                        Id = "ask",
                        State = new Dictionary<string, object>
                        {
                            ["options"] = new PromptOptions
                            {
                                Prompt = new Microsoft.Bot.Schema.Activity("message") { Text = "Pytanie?", Speak = "s", TextFormat = "markdown", Locale = "pl-PL", InputHint = "expectingInput", AttachmentLayout = "list", Id = "not kept", Attachments = [] },
                                RetryPrompt = (Microsoft.Bot.Schema.Activity)MessageFactory.Text("Jeszcze raz?"),
                                Choices = [new Choice("Tak", "t", "jasne"), new Choice { Synonyms = null! }, null!],
                                Validations = 3,
                                Style = ListStyle.Auto,
                                MaxAttempts = 2,
                            },
                            ["state"] = new Dictionary<string, object> { ["attemptCount"] = 1, ["big"] = 5_000_000_000L, ["flag"] = false, ["none"] = null!, ["text"] = "tekst", ["empty"] = "" },
                        },
                    },
                    new DialogInstance
                    {
                        Id = "steps",
                        State = new Dictionary<string, object>
                        {
                            ["options"] = new IntakeStart { Topic = CaseTopic.Complaint },
                            ["values"] = new Dictionary<string, object>
                            {
                                ["case"] = new CaseFile
                                {
                                    Topic = CaseTopic.Technical, Urgent = true, Pesel = "90010112349", LoanNumber = null, Email = "a@b.pl", Phone = "+48 600 100 200",
                                    Details = [new CaseDetail { Label = "Przeglądarka", Value = "Chrome \"120\"\n" }, null!], Description = "2026-11-25T10:00:00Z",
                                },
                                ["empty"] = new CaseFile { Details = null! },
                                ["start"] = new IntakeStart(),
                            },
                        },
                    },
                    new DialogInstance { Id = null!, State = null! },
                    null!,
                ],
            },
            ["other"] = new DialogState { DialogStack = null! },
            ["options"] = new PromptOptions(),
        };
        var line = new TranscriptLine { Role = "bot", Text = "Dzień dobry", Timestamp = new DateTimeOffset(2026, 11, 25, 14, 0, 0, 123, TimeSpan.FromHours(1)).AddTicks(4567) };

        foreach (var value in new object[] { state, line })
        {
            StateSnapshot.TryCopy(value, out var copy).Should().BeTrue();
            Describe(copy).Should().Be(Describe(ReadBackBySerializer(value)));
            (copy as Dictionary<string, object>)?.Comparer.Should().Be(EqualityComparer<string>.Default);
            StateSnapshot.TryCopy(copy, out var again).Should().BeTrue();
            Describe(again).Should().Be(Describe(copy), "a copy of a copy is the same");
        }
    }

    public static TheoryData<string, object> OnlyTheSerializerReads => new()
    {
        { "a fraction", 0.5 },
        { "a decimal", 250.50m },
        { "an enum in an object slot", CaseTopic.Extension },
        { "a date", new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc) },
        { "a text Json.NET may take for a date", "2026-11-25" },
        { "a text beginning with a slash", "/Date(0)/" },
        { "a list", new List<object> { 1, "a" } },
        { "a typed object of another kind", new CaseDraft { Topic = "t" } },
        { "a JSON object", JObject.Parse("""{"a":[1,{"b":null}]}""") },
        { "another kind of dictionary", new SortedDictionary<string, object> { ["z"] = 1 } },
        { "a dialog state with another kind of dictionary", new DialogState { DialogStack = [new DialogInstance { Id = "sorted", State = new SortedDictionary<string, object> { ["z"] = 1 } }] } },
        { "a prompt with suggested actions", new PromptOptions { Prompt = new Microsoft.Bot.Schema.Activity("message") { SuggestedActions = new Microsoft.Bot.Schema.SuggestedActions { Actions = [new Microsoft.Bot.Schema.CardAction("imBack", "a", value: "a")] } } } },
        { "a prompt with an attachment", new PromptOptions { Prompt = new Microsoft.Bot.Schema.Activity("message") { Attachments = [new Microsoft.Bot.Schema.Attachment("text/plain", content: "x")] } } },
        { "a prompt with channel data", new PromptOptions { Prompt = new Microsoft.Bot.Schema.Activity("message") { ChannelData = JObject.Parse("""{"a":1}""") } } },
        { "a key Json.NET reads as metadata", new Dictionary<string, object> { ["$id"] = "1" } },
    };

    [Theory]
    [MemberData(nameof(OnlyTheSerializerReads))]
    public async Task A_state_holding_any_other_value_is_kept_as_JSON_and_reads_back_as_the_serializer_reads_it(string what, object value)
    {
        var state = new Dictionary<string, object> { ["turns"] = 3, ["value"] = value };
        StateSnapshot.TryCopy(state, out _).Should().BeFalse(what);

        var storage = new InMemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = state });
        var read = (await storage.ReadAsync(["k"]))["k"];

        Describe(read).Should().Be(Describe(ReadBackBySerializer(state)), what);
    }

    [Fact]
    public async Task A_state_nested_deeper_than_any_dialog_makes_is_kept_as_JSON()
    {
        var state = new Dictionary<string, object>();
        var inner = state;
        for (var i = 0; i < 100; i++)
        {
            var next = new Dictionary<string, object>();
            inner["next"] = next;
            inner = next;
        }
        StateSnapshot.TryCopy(state, out _).Should().BeFalse();

        var storage = new InMemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = state });
        Describe((await storage.ReadAsync(["k"]))["k"]).Should().Be(Describe(ReadBackBySerializer(state)));
    }

    [Fact]
    public async Task What_a_turn_changes_in_the_state_it_read_or_wrote_is_not_stored_until_written()
    {
        var storage = new InMemoryStorage();
        var caseFile = new CaseFile { Email = "a@b.pl", Details = [new CaseDetail { Label = "Kwota", Value = "250 zł" }] };
        var state = new Dictionary<string, object>
        {
            ["DialogState"] = new DialogState { DialogStack = [new DialogInstance { Id = "intake", State = new Dictionary<string, object> { ["values"] = new Dictionary<string, object> { ["case"] = caseFile } } }] },
        };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = state });
        var before = Describe((await storage.ReadAsync(["k"]))["k"]);

        caseFile.Email = "changed after the write";
        caseFile.Details.Add(new CaseDetail());
        var read = (Dictionary<string, object>)(await storage.ReadAsync(["k"]))["k"];
        var instance = ((DialogState)read["DialogState"]).DialogStack[0];
        var readCase = (CaseFile)((Dictionary<string, object>)instance.State["values"])["case"];
        readCase.Email = "changed by a turn that then failed";
        readCase.Details[0].Value = "0 zł";
        instance.State["stepIndex"] = 9L;
        ((DialogState)read["DialogState"]).DialogStack.Clear();

        Describe((await storage.ReadAsync(["k"]))["k"]).Should().Be(before);
    }

    private static object? ReadBackBySerializer(object value) => SerializerReference.Read(SerializerReference.Write(value));

    // Every object with its runtime type, every property and entry: what reading code could tell apart.
    private static string Describe(object? value)
    {
        var text = new StringBuilder();
        Describe(value, text);
        return text.ToString();
    }

    private static void Describe(object? value, StringBuilder text)
    {
        if (value is null)
        {
            text.Append("null");
            return;
        }
        var type = value.GetType();
        text.Append(type.FullName).Append(':');
        switch (value)
        {
            case string or bool or ValueType:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                if (value is DateTimeOffset time)
                {
                    text.Append('@').Append(time.Ticks).Append(time.Offset);
                }
                return;
            case IDictionary entries:
                text.Append('{');
                foreach (DictionaryEntry entry in entries)
                {
                    text.Append(entry.Key).Append('=');
                    Describe(entry.Value, text);
                    text.Append(';');
                }
                text.Append('}');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Describe(item, text);
                    text.Append(',');
                }
                text.Append(']');
                return;
        }
        text.Append('{');
        foreach (var property in type.GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            Describe(property.GetValue(value), text);
            text.Append(';');
        }
        text.Append('}');
    }
}
