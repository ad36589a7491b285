using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Storage;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Storage;

/// <summary>
/// The state written and read by hand is the JSON Json.NET's serializer makes of it and the objects it reads from it,
/// so an instance of this version and one of the version before it read each other's documents in a shared Redis.
/// </summary>
public sealed class StateDocumentTests
{
    [Theory]
    [MemberData(nameof(AppServices.HotlineOpenAndClosed), MemberType = typeof(AppServices))]
    public async Task Every_document_a_case_intake_stores_is_the_serializers_and_reads_as_the_serializer_reads_it(DateTimeOffset localNow)
    {
        var documents = new List<string>();
        var mismatches = new List<string>();
        await StoredIntake.RunAsync(localNow, value =>
        {
            var document = StateSerializer.Serialize(value, "ignored");
            documents.Add(document);
            if (document != SerializerReference.Write(value))
            {
                mismatches.Add(document);
            }
        });

        documents.Should().HaveCountGreaterThan(StoredIntake.Messages.Length)
            .And.Contain(d => d.Contains(StateDocumentTypes.CaseFile)).And.Contain(d => d.Contains(StateDocumentTypes.PromptOptions))
            .And.Contain(d => d.Contains(StateDocumentTypes.TranscriptLine));
        foreach (var document in documents)
        {
            StateDocumentReader.TryRead(document, out _).Should().BeTrue(document);
            ReadAsTheSerializerDoes(document);
        }
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Every_property_of_the_shapes_written_by_hand_is_written_and_read_as_the_serializer_does()
    {
        var state = new Dictionary<string, object>
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
                                Prompt = new Microsoft.Bot.Schema.Activity("message") { Text = "Pytanie?", Speak = "s", TextFormat = "markdown", Locale = "pl-PL", InputHint = "expectingInput", AttachmentLayout = "list" },
                                RetryPrompt = Microsoft.Bot.Builder.MessageFactory.Text("Jeszcze raz?"),
                                Choices = [new Choice("Tak", "t", "jasne"), new Choice { Synonyms = null! }, null!],
                                Validations = 3,
                                Style = ListStyle.Auto,
                                MaxAttempts = 2,
                            },
                            ["state"] = new Dictionary<string, object> { ["attemptCount"] = 1, ["big"] = 5_000_000_000L, ["ratio"] = 0.5, ["flag"] = false, ["none"] = null! },
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
                                ["ratio"] = 2.5e-3,
                            },
                        },
                    },
                    null!,
                ],
            },
            ["transcriptLines"] = 7,
            ["other"] = new DialogState { DialogStack = null! },
            ["options"] = new PromptOptions(),
        };
        var line = new TranscriptLine { Role = "bot", Text = "Dzień dobry", Timestamp = new DateTimeOffset(2026, 11, 25, 14, 0, 0, 123, TimeSpan.FromHours(1)) };
        // Values only the serializer writes, in place, amid the shapes written by hand.
        var withOthers = new Dictionary<string, object>(state)
        {
            ["when"] = new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc),
            ["dateLike"] = "2026-11-25",
            ["since"] = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(1)),
            ["topic"] = CaseTopic.Extension,
            ["list"] = new List<object> { 1, "a" },
            ["draft"] = new CaseDraft { Topic = "t", Answers = { ["n"] = 1 } },
            ["json"] = JObject.Parse("""{"a":[1,{"b":null}]}"""),
            ["sorted"] = new DialogState { DialogStack = [new DialogInstance { Id = "sorted", State = new SortedDictionary<string, object> { ["z"] = 1 } }] },
        };

        foreach (var value in new object[] { state, line, withOthers })
        {
            var document = StateSerializer.Serialize(value, "ignored");
            document.Should().Be(SerializerReference.Write(value));
            StateDocumentReader.TryRead(document, out _).Should().Be(value != withOthers);
            ReadAsTheSerializerDoes(document);
        }
    }

    [Theory]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","c":{"$type":"Vivus.Advisor.Bot.Cases.CaseFile, Vivus.Advisor.Bot","topic":1}}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","c":{"$type":"Vivus.Advisor.Bot.Cases.CaseFile, Vivus.Advisor.Bot","Topic":"Repayment"}}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","c":{"$type":"Vivus.Advisor.Bot.Cases.CaseFile, Vivus.Advisor.Bot","Urgent":true,"Extra":1}}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","c":{"$type":"Vivus.Advisor.Bot.Cases.CaseFile, Vivus.Advisor.Bot, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null","Urgent":true}}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","c":{"a":1},"d":[1,2]}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","p":{"$type":"Vivus.Advisor.Bot.Dialogs.Runtime.PromptOptions, Vivus.Advisor.Bot","Prompt":{"type":"message","text":"?","attachments":[]}}}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","when":"2026-11-25T10:00:00Z"}""")]
    [InlineData("""{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","n":12345678901234567890}""")]
    [InlineData("""{"$type":"Vivus.Advisor.Bot.Middleware.TranscriptLine, Vivus.Advisor.Bot","Role":"user","Text":"tak","Timestamp":"2026-11-25T10:00:00"}""")]
    public void A_document_in_any_other_form_is_left_to_the_serializer_and_reads_as_before(string document)
    {
        StateDocumentReader.TryRead(document, out _).Should().BeFalse();
        ReadAsTheSerializerDoes(document);
    }

    private static void ReadAsTheSerializerDoes(string document) =>
        SerializerReference.Write(StateSerializer.Deserialize(document)).Should().Be(SerializerReference.Write(SerializerReference.Read(document)), document);
}
