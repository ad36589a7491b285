using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Tests.Infrastructure;

namespace Vivus.Advisor.Bot.Tests.Dialogs.Intake;

/// <summary>The case intake end to end, as a customer goes through it, on the app's own bot and state.</summary>
public sealed class CaseIntakeTests
{
    // Synthetic PESEL (born 1 January 1990) with a correct check digit; not a real person's.
    private const string Pesel = "90010112349";
    private const string MaskedPesel = "*******2349";
    private const string MaskedPeselInMarkdown = @"\*\*\*\*\*\*\*2349";
    private const string Email = "jan.kowalski@example.com";
    private const string Phone = "600-100-200";
    private const string LoanNumber = "12345";

    // A Wednesday in Warsaw: the hotline is open at two in the afternoon and closed at eleven at night.
    private static readonly DateTimeOffset WednesdayAfternoon = new(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset WednesdayNight = new(2026, 11, 25, 23, 0, 0, TimeSpan.FromHours(1));

    private static TestFlow Flow(IServiceProvider services, string conversationId = "Convo1") =>
        BotTestFlow.Create(services, Channels.Emulator, conversationId);

    private static TestFlow StartRepayment(TestFlow flow) => flow
        .Send("Mam problem ze spłatą")
        .Says("Przygotuję Twoją sprawę")
        .Says("Temat sprawy: Spłata lub płatność.")
        .Reply(m =>
        {
            m.Text.Should().StartWith("Czy sprawa jest pilna");
            m.SuggestedActions.Actions.Select(a => a.Title).Should().Equal("Tak", "Nie");
        });

    private static TestFlow Basics(TestFlow flow, bool urgent = true) => flow
        .Send(urgent ? "tak" : "nie").Says("Podaj, proszę, swój numer PESEL")
        .Send("900101 12349").Says($"zapisałem PESEL {MaskedPesel}").Says("numer Twojej pożyczki")
        .Send(LoanNumber).Says("adres e-mail")
        .Send(Email).Says("numer telefonu");

    private static TestFlow RepaymentDetailsAndDescription(TestFlow flow) => flow
        .Send(Phone).Says("ostatnia spłata")
        .Send("15 listopada").Says("Na jaką kwotę")
        .Send("250,50 zł").Says("opisz, proszę, sprawę")
        .Send("Nie zdążę zapłacić raty w terminie, proszę o kontakt.")
        .Reply(m =>
        {
            m.Text.Should().Contain("Podsumowanie").And.Contain(MaskedPeselInMarkdown).And.NotContain(Pesel);
            m.Text.Should().Contain("15 listopada 2026").And.Contain("250,50 zł").And.Contain("+48 600 100 200");
        })
        .Reply(m => m.SuggestedActions.Actions.Select(a => a.Title).Should().Equal("Potwierdzam", "Zmień dane", "Anuluj zgłoszenie"));

    [Fact]
    public async Task An_urgent_repayment_case_while_the_hotline_is_open_goes_to_the_phone_and_to_a_live_agent_hub()
    {
        var services = AppServices.Create(WednesdayAfternoon);
        IActivity? handoff = null;

        await RepaymentDetailsAndDescription(Basics(StartRepayment(Flow(services))))
            .Send("Potwierdzam")
            .Says("telefonicznie", "Infolinia działa teraz", "do 22:00", "teraz zwykle czeka się najkrócej", "mailto:kontakt@vivus.pl")
            .Reply(m => ((HeroCard)m.Attachments.Single().Content).Buttons.Select(b => b.Value)
                .Should().Contain("tel:+48660600700").And.Contain("tel:+48222062121"))
            .AssertReply(activity => handoff = activity)
            .Reply(m => m.Text.Should().Be("Czy ta rozmowa była dla Ciebie pomocna?"))
            .Send("Tak, pomogła").Says("Dziękuję!")
            .StartTestAsync();

        handoff!.Type.Should().Be(ActivityTypes.Event);
        ((IEventActivity)handoff).Name.Should().Be(HandoffEventNames.InitiateHandoff);
        var context = JObject.FromObject(((IEventActivity)handoff).Value);
        context["Topic"]!.Value<string>().Should().Be("Repayment");
        context["Urgent"]!.Value<bool>().Should().BeTrue();
        context["Pesel"]!.Value<string>().Should().Be(MaskedPesel, "live-agent handoff is off by default");
        context["LoanNumber"]!.Value<string>().Should().Be(LoanNumber);
        context["Email"]!.Value<string>().Should().Be(Email);
        context["Phone"]!.Value<string>().Should().Be("+48 600 100 200");
        context["RecommendedChannel"]!.Value<string>().Should().Be("phone");
        context["Hotline"]!["Open"]!.Value<bool>().Should().BeTrue();
        context["Details"]!.Select(d => d["Label"]!.Value<string>()).Should().Equal("Data ostatniej spłaty", "Kwota ostatniej spłaty");
        var transcript = ((Activity)handoff).Attachments.Should().ContainSingle().Subject;
        var transcriptJson = JsonConvert.SerializeObject(transcript.Content);
        transcriptJson.Should().Contain("Mam problem ze spłatą").And.NotContain(Pesel).And.NotContain(Email);
    }

    [Fact]
    public async Task With_live_agent_handoff_enabled_only_the_event_carries_the_full_pesel()
    {
        var services = AppServices.Create(WednesdayAfternoon, "Handoff:LiveAgentEnabled=true");
        var sent = new List<IActivity>();
        var adapter = BotTestFlow.Adapter(services, Channels.Emulator);
        adapter.OnTurnError = (_, e) => throw e;

        await RepaymentDetailsAndDescription(Basics(StartRepayment(new TestFlow(adapter, services.Get<IBot>()))))
            .Send("Potwierdzam")
            .AssertReply(sent.Add).AssertReply(sent.Add).AssertReply(sent.Add).AssertReply(sent.Add)
            .StartTestAsync();

        var handoff = sent.Single(a => a.Type == ActivityTypes.Event);
        JObject.FromObject(((IEventActivity)handoff).Value)["Pesel"]!.Value<string>().Should().Be(Pesel);
        sent.Where(a => a != handoff).Select(JsonConvert.SerializeObject).Should().NotContain(json => json.Contains(Pesel));
    }

    [Fact]
    public async Task A_technical_problem_at_night_gets_a_ready_to_send_e_mail_without_the_pesel()
    {
        var services = AppServices.Create(WednesdayNight);
        IMessageActivity? advice = null;
        IMessageActivity? card = null;
        IActivity? handoff = null;

        await Basics(Flow(services)
                .Send("Chcę porozmawiać z konsultantem").Says("Przygotuję")
                .Reply(m => m.SuggestedActions.Actions.Select(a => a.Title).Should().HaveCount(7).And.Contain("Problem techniczny lub logowanie"))
                .Send("5").Says("Czy sprawa jest pilna"), urgent: false)
            .Send(Phone).Says("przeglądarce")
            .Send("Chrome 131").Says("urządzeniu i systemie")
            .Send("Windows 11").Says("komunikat")
            .Send("Błąd 500 <script>alert(1)</script>").Says("Kiedy to się stało")
            .Send("wczoraj około 21").Says("opisz, proszę, sprawę")
            .Send("Po wpisaniu hasła strona logowania pokazuje błąd i nie wpuszcza mnie do panelu.")
            .Reply(m =>
            {
                m.Text.Should().Contain("Przeglądarka: Chrome 131").And.Contain("24 listopada 2026, ok. 21:00");
                m.Text.Should().Contain("\\<script\\>").And.NotContain("<script>", "what the customer typed is shown, never rendered");
            })
            .Says("Czy wszystko się zgadza?")
            .Send("1")
            .Reply(m => advice = m)
            .Reply(m => card = m)
            .AssertReply(activity => handoff = activity)
            .Says("pomocna")
            .Send("Nie bardzo").Says("Dziękuję za szczerość")
            .StartTestAsync();

        advice!.Text.Should().Contain("napisz e-mail").And.Contain("nieczynna").And.Contain("jutro o 8:00");
        advice.Text.Should().Contain("Problem techniczny z kontem lub panelem klienta").And.Contain("\\[tu wpisz swój numer PESEL\\]");
        advice.Text.Should().NotContain(Pesel).And.NotContain("2349");
        var mailto = ((HeroCard)card!.Attachments.Single().Content).Buttons.First().Value.ToString()!;
        mailto.Should().StartWith("mailto:kontakt@vivus.pl?subject=").And.NotContain(Pesel);
        Uri.UnescapeDataString(mailto).Should().Contain("Komunikat błędu: Błąd 500").And.Contain("PESEL: [tu wpisz swój numer PESEL]");
        Uri.UnescapeDataString(mailto).Should().Contain(Email, "the customer's own draft carries the account's details");
        handoff!.Type.Should().Be(ActivityTypes.Event);
        var transcript = Uri.UnescapeDataString(JsonConvert.SerializeObject(((Activity)handoff).Attachments.Single().Content));
        transcript.Should().Contain("napisz e-mail", "the draft is part of the transcript")
            .And.NotContain(Email).And.NotContain("600 100 200", "the transcript is masked, its links included");
    }

    public static TheoryData<string, string[], string> OtherTopics => new()
    {
        { "1", ["10.11.2026"], "Data złożenia wniosku: 10 listopada 2026" },
        { "3", [], "Prośba o przedłużenie terminu spłaty pożyczki nr 12345" },
        { "4", [], "Prośba o zmianę danych osobowych" },
        { "6", ["Naliczono mi opłatę, której nie rozumiem", "przedwczoraj"], "Czego dotyczy reklamacja: Naliczono mi opłatę" },
        { "7", [], "Zapytanie dotyczące pożyczki nr 12345" },
    };

    [Theory]
    [MemberData(nameof(OtherTopics))]
    public async Task Every_topic_reaches_a_handoff(string topicNumber, string[] details, string expected)
    {
        var services = AppServices.Create(WednesdayNight);
        var flow = Basics(Flow(services)
            .Send("zgłoś problem").Says("Przygotuję").Says("Czego dotyczy")
            .Send(topicNumber).Says("Czy sprawa jest pilna"), urgent: false)
            .Send(Phone).AssertReply(_ => { });
        foreach (var answer in details)
        {
            flow = flow.Send(answer).AssertReply(_ => { });
        }
        var transcript = new List<string>();

        await flow
            .Send("Opisuję moją sprawę dokładnie, żeby konsultant wiedział, o co chodzi.").Reply(m => transcript.Add(m.Text)).AssertReply(_ => { })
            .Send("Potwierdzam").Reply(m => transcript.Add(m.Text)).AssertReply(_ => { })
            .AssertReply(activity => activity.Type.Should().Be(ActivityTypes.Event))
            .Says("pomocna")
            .StartTestAsync();

        string.Join("\n", transcript).Should().Contain(expected);
    }

    [Fact]
    public async Task Each_wrong_answer_gets_its_specific_reason_and_a_retry()
    {
        var services = AppServices.Create(WednesdayAfternoon);

        await StartRepayment(Flow(services))
            .Send("może").Says("Czy sprawa jest pilna")
            .Send("tak").Says("PESEL")
            .Send("90010112348").Says("cyfra kontrolna się nie zgadza")
            .Send("90023012340").Says("nie istnieje (30 lutego)")
            .Send("9001011234").Says("ma 11 cyfr, a wpisany ma 10")
            .Says("Dobrze, przejdźmy dalej bez numeru PESEL").Says("numer Twojej pożyczki")
            .Send("abc").Says("nie wygląda jak numer pożyczki")
            .Send("nie mam jeszcze pożyczki").Says("adres e-mail")
            .Send("jan.kowalski@").Says("domeny")
            .Send(Email).Says("numer telefonu")
            .Send("12345").Says("za mało cyfr")
            .Send(Phone).Says("ostatnia spłata")
            .Send("kiedyś").Says("Nie rozpoznałem daty")
            .Send("nie pamiętam").Says("Na jaką kwotę")
            .Send("-5 zł").AssertReply(_ => { })
            .Send("0 zł").Says("większa od zera")
            .Send("250 zł").Says("opisz")
            .Send("pomocy").AssertReply(m => ((IMessageActivity)m).Text.Should().StartWith("Jestem automatycznym doradcą")).Says("opisz")
            .Send("za krótko").Says("trochę za mało")
            .Send(new string('x', 2100))
            .Says("dłuższy niż 2000 znaków")
            .Reply(m => m.Text.Should().Contain("PESEL: nie podano").And.Contain("Numer pożyczki: nie mam jeszcze pożyczki").And.Contain("Data ostatniej spłaty: nie określono"))
            .AssertReply(_ => { })
            .StartTestAsync();
    }

    [Fact]
    public async Task The_pesel_can_be_skipped()
    {
        await StartRepayment(Flow(AppServices.Create(WednesdayAfternoon)))
            .Send("tak").Says("PESEL")
            .Send("pomiń").Says("bez numeru PESEL").Says("numer Twojej pożyczki")
            .StartTestAsync();
    }

    [Fact]
    public async Task One_field_can_be_changed_at_the_summary()
    {
        await RepaymentDetailsAndDescription(Basics(StartRepayment(Flow(AppServices.Create(WednesdayAfternoon)))))
            .Send("Zmień dane").Reply(m => m.SuggestedActions.Actions.Select(a => a.Title).Should().Contain("Telefon"))
            .Send("Telefon").Says("numer telefonu")
            .Send("+48 501 222 333").Reply(m => m.Text.Should().Contain("+48 501 222 333").And.NotContain("600 100 200").And.Contain(MaskedPeselInMarkdown))
            .Says("Czy wszystko się zgadza?")
            .Send("Zmień dane").AssertReply(_ => { })
            .Send("Temat").Says("Czego dotyczy")
            .Send("Reklamacja").Says("Co się stało")
            .Send("Pobrano opłatę dwa razy").Says("Kiedy to się stało")
            .Send("wczoraj").Reply(m => m.Text.Should().Contain("Temat: Reklamacja").And.NotContain("Kwota ostatniej spłaty"))
            .Says("Czy wszystko się zgadza?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_mid_way_drops_the_case_and_its_data()
    {
        var services = AppServices.Create(WednesdayAfternoon);

        await Basics(StartRepayment(Flow(services)))
            .Send("anuluj").Says("Anulowałem zgłoszenie")
            .Send("600 100 200").Says("Niestety nie znam odpowiedzi")
            .StartTestAsync();

        (await StoredConversation(services, "Convo1")).Should().NotContain(Pesel).And.NotContain(Email);
    }

    [Fact]
    public async Task Start_over_mid_way_greets_again()
    {
        await StartRepayment(Flow(AppServices.Create(WednesdayAfternoon)))
            .Send("zacznij od nowa").Says("Dzień dobry!")
            .Send("tak").Reply(m => m.Text.Should().NotStartWith("Podaj, proszę, swój numer PESEL"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_mid_intake_is_answered_and_the_intake_asks_again_keeping_the_answers()
    {
        await Basics(StartRepayment(Flow(AppServices.Create(WednesdayAfternoon))))
            .Send("a jaki jest wasz e-mail?").Says("kontakt@vivus.pl").Says("Wróćmy do Twojej sprawy").Says("numer telefonu")
            .Send("do której dzisiaj działa infolinia?").Says("22:00").Says("Wróćmy").Says("numer telefonu")
            .Send(Phone).Says("ostatnia spłata")
            .Send("15 listopada").Says("kwotę")
            .Send("250 zł").Says("opisz")
            .Send("Proszę o kontakt w sprawie raty, nie zdążę zapłacić.")
            .Reply(m => m.Text.Should().Contain(MaskedPeselInMarkdown).And.Contain(LoanNumber).And.Contain("jan.kowalski@example.com"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Two_conversations_in_parallel_keep_their_own_data()
    {
        var services = AppServices.Create(WednesdayAfternoon);
        var first = Flow(services, "conversation-a");
        var second = Flow(services, "conversation-b");

        await StartRepayment(first).StartTestAsync();
        await StartRepayment(second).StartTestAsync();
        await first.Send("tak").Says("PESEL").Send(Pesel).Says(MaskedPesel).Says("pożyczki").StartTestAsync();
        await second.Send("nie").Says("PESEL").Send("pomiń").Says("bez numeru").Says("pożyczki").StartTestAsync();
        await first.Send("11111").Says("e-mail").Send("anna@example.com").Says("telefonu").StartTestAsync();
        await second.Send("22222").Says("e-mail").Send("piotr@example.com").Says("telefonu").StartTestAsync();

        (await StoredConversation(services, "conversation-a")).Should().Contain("anna@example.com").And.NotContain("piotr@example.com");
        (await StoredConversation(services, "conversation-b")).Should().Contain("piotr@example.com").And.NotContain(Pesel);
    }

    [Fact]
    public async Task After_the_handoff_no_personal_data_is_left_in_state_messages_or_logs()
    {
        var logs = new LogCapture();
        var services = AppServices.Create(WednesdayAfternoon, logs);
        var messages = new List<string>();
        var adapter = BotTestFlow.Adapter(services, Channels.Emulator);
        var flow = new TestFlow(adapter, async (turn, ct) =>
        {
            turn.OnSendActivities(async (_, activities, next) =>
            {
                messages.AddRange(activities.Where(a => a.Type == ActivityTypes.Message).Select(JsonConvert.SerializeObject));
                return await next();
            });
            await services.Get<IBot>().OnTurnAsync(turn, ct);
        });

        await RepaymentDetailsAndDescription(Basics(StartRepayment(flow)))
            .Send("Potwierdzam").AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { }).AssertReply(_ => { })
            .Send("Tak, pomogła").Says("Dziękuję")
            .StartTestAsync();

        messages.Should().NotContain(m => m.Contains(Pesel));
        logs.AllText.Should().NotContain(Pesel).And.NotContain(Email).And.NotContain("600 100 200").And.NotContain(LoanNumber);
        logs.AllText.Should().Contain("Satisfaction after handoff of a Repayment case: True");
        var stored = await StoredConversation(services, "Convo1");
        stored.Should().NotContain(Pesel).And.NotContain(Email).And.NotContain("600 100 200").And.NotContain(LoanNumber);
    }

    [Fact]
    public async Task Outside_a_case_no_transcript_is_kept()
    {
        var services = AppServices.Create(WednesdayAfternoon);

        await Flow(services).Send("jaki jest adres e-mail?").Says("kontakt@vivus.pl").StartTestAsync();

        (await StoredConversation(services, "Convo1")).Should().NotContain("kontakt@vivus.pl").And.NotContain("adres e-mail");
    }

    private static async Task<string> StoredConversation(IServiceProvider services, string conversationId)
    {
        var key = $"{Channels.Emulator}/conversations/{conversationId}";
        var transcriptLines = Enumerable.Range(0, RedactedTranscript.MaxLines).Select(i => $"{key}/transcript/{i}");
        var items = await services.Get<IStorage>().ReadAsync([key, .. transcriptLines]);
        return JsonConvert.SerializeObject(items);
    }
}
