using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.DirectLine;
using Vivus.Advisor.Bot.Privacy;

namespace Vivus.Advisor.Bot.Tests.Privacy;

public sealed class DeliveredActivityRedactorTests
{
    [Fact]
    public void Masks_personal_data_in_content_and_keeps_what_the_protocol_needs()
    {
        const string json = """
            {"type":"message","id":"abc|0000012","timestamp":"2026-11-25T14:00:00.1234567+00:00","conversation":{"id":"abc12345"},
            "from":{"id":"dl_123456789","name":"Jan 90010112349","role":"user"},"text":"PESEL 90010112349, VIV-123456",
            "channelData":{"clientActivityID":"1732543200000abc","note":"jan.kowalski@example.com"},"value":{"phone":"600 100 200"}}
            """;

        var redacted = Redact(json, new PublishedTexts());

        redacted.Should().NotContain("90010112349").And.NotContain("VIV-123456").And.NotContain("jan.kowalski").And.NotContain("600 100 200");
        redacted.Should().Contain("\"abc|0000012\"").And.Contain("2026-11-25T14:00:00.1234567").And.Contain("\"abc12345\"")
            .And.Contain("\"dl_123456789\"").And.Contain("\"1732543200000abc\"");
    }

    [Fact]
    public void Leaves_an_activity_without_personal_data_as_it_was()
    {
        const string json = """{"type":"message","id":"c|0000001","text":"Dzień dobry!"}""";

        LeavesAsItWas(json);
    }

    [Theory]
    [InlineData("""{"type":"message","from":{"id":["600 100 200"]}}""")]
    [InlineData("""{"type":"message","from":[{"id":"600 100 200"}]}""")]
    [InlineData("""{"type":"message","channelData":{"x":{"clientActivityID":"600 100 200"}}}""")]
    [InlineData("""{"type":"message","suggestedActions":{"actions":[{"type":"imBack","title":"Tel. 600 100 200","value":"ok"}]}}""")]
    public void Masks_a_kept_name_that_is_not_where_the_protocol_puts_it(string json)
    {
        Redact(json, new PublishedTexts()).Should().NotContain("600 100 200");
    }

    [Fact]
    public void Leaves_personal_looking_protocol_fields_as_they_were()
    {
        const string json = """{"type":"message","id":"c|0000001","from":{"id":"600 100 200","role":"user"},"text":"Dzień dobry!"}""";

        LeavesAsItWas(json);
    }

    [Fact]
    public void Keeps_everything_but_the_masked_values_as_it_was_written()
    {
        const string json = """
            {"type":"message","timestamp":"2026-11-25T14:00:00.1000000+00:00","text":"tel. 600 100 200","n":1.0,"e":1e5,"big":123456789012345678901234,
             "ok":true,"no":false,"none":null,"empty":{},"list":[],"name":"Żaneta \"Ż\" \u0141\/x"}
            """;

        Redact(json, new PublishedTexts()).Should().Be(json.Replace("tel. 600 100 200", "tel. [redacted]"));
    }

    [Fact]
    public void Masks_values_written_with_escapes_into_json_that_parses_to_the_masked_text()
    {
        const string json = """{"type":"message","text":"Cytat: \"600 100 200\"\n\tpo\u0142\u0105cz z jan@example.com \\ \u0036\u0030\u0030100200"}""";
        var text = JsonDocument.Parse(json).RootElement.GetProperty("text").GetString()!;

        var redacted = Redact(json, new PublishedTexts());

        ParsedText(redacted).Should().Be(PersonalDataRedactor.Redact(text))
            .And.Be("Cytat: \"[redacted]\"\n\tpołącz z [redacted] \\ [redacted]");
    }

    [Fact]
    public void Masks_text_in_letters_and_digits_beyond_ascii()
    {
        const string text = "Zażółć gęślą jaźń 😀 ١٢٣٤٥٦٧٨٩٠١ albo 600 100 200 — «cytat»\u2028";
        var json = """{"type":"message","text":""" + JsonSerializer.Serialize(text) + "}";

        var redacted = Redact(json, new PublishedTexts());

        ParsedText(redacted).Should().Be(PersonalDataRedactor.Redact(text)).And.Contain("Zażółć gęślą jaźń 😀").And.NotContain("600 100 200");
        redacted.Should().Contain("Zażółć gęślą jaźń", "Polish letters are written as they are");
    }

    [Theory]
    [InlineData("Mój PESEL to ٩٠٠١٠١١٢٣٤٩, proszę")]
    [InlineData("Zażółć, mój PESEL: ９００１０１１２３４９")]
    public void Masks_digits_beyond_ascii_in_unescaped_text(string text)
    {
        var json = "{\"type\":\"message\",\"text\":\"" + text + "\"}";

        var redacted = Redact(json, new PublishedTexts());

        ParsedText(redacted).Should().Be(PersonalDataRedactor.Redact(text)).And.Contain(PersonalDataRedactor.Mask);
    }

    [Fact]
    public void Masks_a_number_in_every_kind_of_decimal_digit_beside_typographic_punctuation()
    {
        var zeros = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsDigit(c) && char.GetNumericValue(c) == 0);
        foreach (var zero in zeros)
        {
            var text = "„Mój PESEL” — " + string.Concat(Enumerable.Range(0, 11).Select(i => (char)(zero + (i * 7 % 10))));
            var redacted = Redact("{\"type\":\"message\",\"text\":\"" + text + "\"}", new PublishedTexts());

            ParsedText(redacted).Should().Be("„Mój PESEL” — " + PersonalDataRedactor.Mask, $"digits from U+{(int)zero:X4}");
        }
    }

    [Fact]
    public void Masks_a_long_value()
    {
        var text = new string('ą', 600) + " 600 100 200 " + new string('x', 600);

        var redacted = Redact("""{"type":"message","text":""" + JsonSerializer.Serialize(text) + "}", new PublishedTexts());

        ParsedText(redacted).Should().Be(new string('ą', 600) + " [redacted] " + new string('x', 600));
    }

    [Fact]
    public void Masks_within_nested_arrays_of_attachments_and_keeps_their_shape()
    {
        const string json = """
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard",
            "body":[{"type":"TextBlock","text":"Zadzwoń: 22 206 21 21"},{"type":"FactSet","facts":[[{"title":"PESEL","value":"90010112349"}],[7,null,"VIV-123456"]]}],
            "version":"1.5"}}],"entities":[{"type":"ClientCapabilities","requiresBotState":true}]}
            """;
        const string expected = """
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard",
            "body":[{"type":"TextBlock","text":"Zadzwoń: [redacted]"},{"type":"FactSet","facts":[[{"title":"PESEL","value":"[redacted]"}],[7,null,"[redacted]"]]}],
            "version":"1.5"}}],"entities":[{"type":"ClientCapabilities","requiresBotState":true}]}
            """;

        var redacted = Redact(json, new PublishedTexts());

        JToken.DeepEquals(JToken.Parse(redacted), JToken.Parse(expected)).Should().BeTrue(redacted);
    }

    [Fact]
    public void Recognizes_kept_names_written_with_escapes()
    {
        const string json = """{"type":"message","\u0069d":"600 100 200","from":{"r\u006fle":"600 100 200"},"text":"ok"}""";

        LeavesAsItWas(json);
    }

    [Fact]
    public void Masks_under_a_name_too_long_to_be_kept()
    {
        var name = new string('n', 200);

        Redact($$"""{"type":"message","{{name}}":"600 100 200"}""", new PublishedTexts())
            .Should().Be($$"""{"type":"message","{{name}}":"[redacted]"}""");
    }

    [Fact]
    public void A_serialized_activity_reads_back_with_the_same_values_but_masked_text()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = "c|0000003",
            Timestamp = new DateTimeOffset(2026, 11, 25, 14, 0, 0, 123, TimeSpan.Zero),
            ChannelId = "directline",
            From = new ChannelAccount("dl_600100200", "Jan", RoleTypes.User),
            Conversation = new ConversationAccount(id: "c"),
            Text = "Mój numer to 600 100 200, e-mail jan@example.com.",
            SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Zadzwoń na 22 206 21 21", value: "Infolinia")] },
            ChannelData = new JObject { ["clientActivityID"] = "1732543200000abc", ["clientTimestamp"] = "2026-11-25T15:00:00.000+01:00" },
        };

        var redacted = Encoding.UTF8.GetString(DeliveredActivityRedactor.Redact(DirectLineActivityJson.Serialize(activity), new PublishedTexts()));
        var read = Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(redacted)!;

        read.Text.Should().Be("Mój numer to [redacted], e-mail [redacted].");
        read.SuggestedActions.Actions[0].Title.Should().Be("Zadzwoń na [redacted]");
        read.Id.Should().Be(activity.Id);
        read.Timestamp.Should().Be(activity.Timestamp);
        read.From.Id.Should().Be("dl_600100200");
        read.From.Role.Should().Be(RoleTypes.User);
        redacted.Should().Contain("\"clientTimestamp\":\"2026-11-25T15:00:00.000+01:00\"");
    }

    [Fact]
    public void Keeps_the_advisors_published_texts_and_masks_the_same_numbers_in_anything_else()
    {
        var published = new PublishedTexts();
        published.Publish("Infolinia: 22 206 21 21, e-mail: kontakt@vivus.pl");
        const string json = """
            {"type":"message","text":"Infolinia: 22 206 21 21, e-mail: kontakt@vivus.pl",
            "suggestedActions":{"actions":[{"type":"imBack","title":"Infolinia: 22 206 21 21, e-mail: kontakt@vivus.pl!","value":"x"}]}}
            """;

        var redacted = JsonDocument.Parse(Redact(json, published)).RootElement;

        redacted.GetProperty("text").GetString().Should().Be("Infolinia: 22 206 21 21, e-mail: kontakt@vivus.pl");
        redacted.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("title").GetString()
            .Should().Be("Infolinia: [redacted], e-mail: [redacted]!");
    }

    [Fact]
    public void Keeps_a_published_answer_as_stored_and_masks_a_look_alike_of_the_same_length_and_ends()
    {
        var published = new PublishedTexts();
        const string answer = "Zadzwoń: 22 206 21 21\n\t„Wtorek” \"od 8\" \\ e-mail: kontakt@vivus.pl — albo napisz.";
        const string lookAlike = "Zadzwoń: 22 206 21 21\n\t„Wtorek” \"od 8\" \\ e-mail: jan.kow@gmail.pl — albo napisz.";
        published.Publish(answer);
        var stored = DirectLineActivityJson.Serialize(new Activity(ActivityTypes.Message) { Text = answer });
        var other = DirectLineActivityJson.Serialize(new Activity(ActivityTypes.Message) { Text = lookAlike });

        DeliveredActivityRedactor.Redact(stored, published).Should().BeSameAs(stored);
        ParsedText(Encoding.UTF8.GetString(DeliveredActivityRedactor.Redact(other, published)))
            .Should().Be(PersonalDataRedactor.Redact(lookAlike)).And.NotContain("jan.kow@");
    }

    [Theory]
    [InlineData("2026-11-25T14:00:00.1234567+00:00")]
    [InlineData("2026-11-25T14:00:00+01:00")]
    [InlineData("2026-11-25T14:00:00.12Z")]
    public void Keeps_a_date_time_anywhere_in_the_activity(string timestamp)
    {
        var json = $$$"""
            {"type":"event","name":"handoff.initiate","attachments":[{"content":{"activities":[
            {"timestamp":"{{{timestamp}}}","text":"PESEL 90010112349"}]}}]}
            """;

        var redacted = Redact(json, new PublishedTexts());

        redacted.Should().Contain($"\"{timestamp}\"").And.NotContain("90010112349");
    }

    [Theory]
    [InlineData("2026-11-25T14:00:00 90010112349")]
    [InlineData("2026-11-25T14:00:00.90010112349")]
    [InlineData("2026-11-25T14:00:00+01:00 tel. 600100200")]
    public void Masks_what_only_starts_like_a_date_time(string value)
    {
        var redacted = Redact($$"""{"type":"message","text":"{{value}}"}""", new PublishedTexts());

        ParsedText(redacted).Should().Contain(PersonalDataRedactor.Mask);
    }

    [Fact]
    public void Takes_every_date_time_json_net_writes_for_one_and_nothing_that_does_not_parse_as_one()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 20_000; i++)
        {
            var written = Newtonsoft.Json.JsonConvert.SerializeObject(RandomInstant(random)).Trim('"');
            DeliveredActivityRedactor.IsDateTime(written).Should().BeTrue(written);

            var changed = Changed(written, random);
            if (DeliveredActivityRedactor.IsDateTime(changed))
            {
                DateTimeOffset.TryParseExact(changed, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    .Should().BeTrue(changed);
            }
        }
    }

    [Theory]
    [InlineData("2024-02-29T23:59:59.9999999+14:00", true)]
    [InlineData("2026-11-26T02:00:00-14:00", true)]
    [InlineData("2026-11-26T02:00:00.5Z", true)]
    [InlineData("2026-11-26T02:00:00", true)]
    [InlineData("2026-11-26T02:00:00+14:30", false)]
    [InlineData("2026-11-26T02:00:00+15:00", false)]
    [InlineData("2026-11-26T02:00:00+01:60", false)]
    [InlineData("2026-02-29T02:00:00Z", false)]
    [InlineData("2026-13-01T02:00:00Z", false)]
    [InlineData("2026-11-00T02:00:00Z", false)]
    [InlineData("2026-11-26T24:00:00Z", false)]
    [InlineData("2026-11-26T02:60:00Z", false)]
    [InlineData("2026-11-26T02:00:60Z", false)]
    [InlineData("2026-11-26T02:00:00.12345678Z", false)]
    [InlineData("2026-11-26T02:00:00.Z", false)]
    [InlineData("2026-11-26T02:00:00+0100", false)]
    [InlineData("0001-01-01T00:00:00.1234567+01:00", false)]
    public void Tells_a_date_time_by_its_fields(string text, bool isDateTime)
    {
        DeliveredActivityRedactor.IsDateTime(text).Should().Be(isDateTime);
    }

    private static object RandomInstant(Random random)
    {
        var ticks = random.NextInt64(new DateTime(2, 1, 1).Ticks, new DateTime(9998, 12, 31).Ticks);
        // Whole seconds half the time, so some are written without a fraction.
        ticks -= random.Next(2) == 0 ? ticks % TimeSpan.TicksPerSecond : 0;
        return random.Next(4) switch
        {
            0 => new DateTimeOffset(ticks, TimeSpan.FromMinutes(random.Next(-14 * 4, 14 * 4 + 1) * 15)),
            1 => new DateTime(ticks, DateTimeKind.Utc),
            2 => new DateTime(ticks, DateTimeKind.Unspecified),
            _ => new DateTime(ticks, DateTimeKind.Local),
        };
    }

    // One character replaced, inserted or removed: out-of-range fields, stray signs, a fraction too long, a zone cut short.
    private static string Changed(string text, Random random)
    {
        const string pieces = "0123456789-:T.Z+ ";
        var at = random.Next(text.Length);
        var piece = pieces[random.Next(pieces.Length)];
        return random.Next(3) switch
        {
            0 => string.Concat(text.AsSpan(0, at), piece.ToString(), text.AsSpan(at + 1)),
            1 => text.Insert(at, piece.ToString()),
            _ => text.Remove(at, 1),
        };
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"600 100 200\"")]
    [InlineData("{\"text\":\"600 100 200\"")]
    [InlineData("{\"text\":600 100 200}")]
    public void Rejects_what_is_not_a_json_object(string json)
    {
        var redact = () => Redact(json, new PublishedTexts());

        redact.Should().Throw<JsonException>();
    }

    private static string ParsedText(string json) => JsonDocument.Parse(json).RootElement.GetProperty("text").GetString()!;

    // Activities are kept as UTF-8; the cases here are written as text.
    private static string Redact(string json, PublishedTexts published) =>
        Encoding.UTF8.GetString(DeliveredActivityRedactor.Redact(Encoding.UTF8.GetBytes(json), published));

    private static void LeavesAsItWas(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        DeliveredActivityRedactor.Redact(utf8, new PublishedTexts()).Should().BeSameAs(utf8);
    }
}
