using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Faq;
using Vivus.Advisor.Knowledge.Faq.Corpus;
using Vivus.Advisor.Knowledge.Faq.Search;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Faq;

/// <summary>The real corpus (copied beside the test assembly) and the small test corpora kept next to this file.</summary>
internal static class FaqTestCorpus
{
    private static readonly Lazy<FaqCorpus> RealCorpus = new(() => FaqCorpusLoader.LoadChecked(FaqCorpusLoader.DefaultDirectory));
    private static readonly Lazy<FaqAnswerer> RealAnswerer = new(() => CreateAnswerer(RealCorpus.Value, Contact()));

    public static FaqCorpus Real => RealCorpus.Value;

    /// <summary>Shared across tests: the answerer is read-only and thread-safe.</summary>
    public static FaqAnswerer Answerer => RealAnswerer.Value;

    public static FaqAnswerer CreateAnswerer(FaqCorpus corpus, ContactOptions contact, FaqAnswerOptions? options = null) =>
        new(new FaqSearch(new FaqIndex(corpus)), Options.Create(contact), options);

    public static ContactOptions Contact(string hotline1 = "660 600 700") => new()
    {
        Hotlines = [hotline1, "22 206 21 21"],
        Email = "kontakt@vivus.pl",
        ContactFormUrl = "https://www.vivus.pl/",
        Hours = new HotlineHours
        {
            Weekday = new DailyHours { Open = new TimeOnly(8, 0), Close = new TimeOnly(22, 0) },
            Saturday = new DailyHours { Open = new TimeOnly(8, 0), Close = new TimeOnly(20, 0) },
            TradingSunday = new DailyHours { Open = new TimeOnly(10, 0), Close = new TimeOnly(18, 0) },
        },
        RecommendedWindow = new DailyHours { Open = new TimeOnly(12, 0), Close = new TimeOnly(16, 0) },
        EmailReplyWorkingHours = 24,
    };

    /// <summary>A directory under TestData beside this source file (test data stays in the source tree).</summary>
    public static string TestData(string name, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "TestData", name);
}
