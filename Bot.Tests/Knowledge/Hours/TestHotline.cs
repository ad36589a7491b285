using Microsoft.Extensions.Time.Testing;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Dates;
using Vivus.Advisor.Knowledge.Hours;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

/// <summary>The hours components wired as in production, with settings from facts.md and a fake clock.</summary>
internal sealed class TestHotline
{
    public static readonly HotlineTimeZone Warsaw = new("Europe/Warsaw");

    public TestHotline(DateTime localNow, Action<ContactOptions>? adjust = null)
    {
        Options = Defaults();
        adjust?.Invoke(Options);
        Time = new FakeTimeProvider(Warsaw.ToInstant(localNow));
        Calendar = new HotlineCalendar(Options);
        Clock = new HotlineClock(Options, Calendar, Warsaw, Time);
        Email = new EmailReplyEstimator(Options, Warsaw);
        Polish = new PolishTimeRecognizer(Calendar);
        English = new EnglishTimeRecognizer(Calendar);
        Answerer = new HoursQuestionAnswerer(Options, Clock, Email, Polish, English);
    }

    public ContactOptions Options { get; }
    public FakeTimeProvider Time { get; }
    public HotlineCalendar Calendar { get; }
    public HotlineClock Clock { get; }
    public EmailReplyEstimator Email { get; }
    public PolishTimeRecognizer Polish { get; }
    public EnglishTimeRecognizer English { get; }
    public HoursQuestionAnswerer Answerer { get; }

    public static ContactOptions Defaults() => new()
    {
        Hotlines = ["660 600 700", "22 206 21 21"],
        Email = "kontakt@vivus.pl",
        ContactFormUrl = "https://www.vivus.pl/",
        Hours = new HotlineHours
        {
            Weekday = new DailyHours { Open = new(8, 0), Close = new(22, 0) },
            Saturday = new DailyHours { Open = new(8, 0), Close = new(20, 0) },
            TradingSunday = new DailyHours { Open = new(10, 0), Close = new(18, 0) },
        },
        RecommendedWindow = new DailyHours { Open = new(12, 0), Close = new(16, 0) },
        BusyPeriods = [new BusyPeriod { Days = [DayOfWeek.Monday], From = new(8, 0), Until = new(12, 0) }, new BusyPeriod { From = new(17, 0) }],
    };
}
