using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vivus.Advisor.Knowledge.Contact;
using Vivus.Advisor.Knowledge.Hours.Answers;

namespace Vivus.Advisor.Bot.Tests.Knowledge.Hours;

public class ContactOptionsValidationTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Contact:Hotlines:0"] = "660 600 700",
        ["Contact:Email"] = "kontakt@vivus.pl",
        ["Contact:ContactFormUrl"] = "https://www.vivus.pl/",
        ["Contact:Hours:Weekday:Open"] = "08:00", ["Contact:Hours:Weekday:Close"] = "22:00",
        ["Contact:Hours:Saturday:Open"] = "08:00", ["Contact:Hours:Saturday:Close"] = "20:00",
        ["Contact:Hours:TradingSunday:Open"] = "10:00", ["Contact:Hours:TradingSunday:Close"] = "18:00",
        ["Contact:RecommendedWindow:Open"] = "12:00", ["Contact:RecommendedWindow:Close"] = "16:00",
        ["Contact:TimeZone"] = "Europe/Warsaw",
    };

    private static ServiceProvider Services(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in changes)
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddContactDirectory(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Valid_settings_start_and_resolve_the_answerer()
    {
        using var services = Services();
        services.GetRequiredService<IStartupValidator>().Validate();
        services.GetRequiredService<HoursQuestionAnswerer>().Should().NotBeNull();
    }

    [Theory]
    [InlineData("Contact:Hours:Weekday:Close", "07:00", "Contact:Hours:Weekday:Close")]
    [InlineData("Contact:Hours:Saturday:Close", null, "Contact:Hours:Saturday:Close")]
    [InlineData("Contact:RecommendedWindow:Open", "17:00", "Contact:RecommendedWindow:Close")]
    [InlineData("Contact:Email", "not-an-address", "Contact:Email")]
    [InlineData("Contact:TimeZone", "Mars/Olympus", "Contact:TimeZone")]
    [InlineData("Contact:Calendar:AddedTradingSundays:0", "2026-12-07", "Contact:Calendar:AddedTradingSundays:0")]
    [InlineData("Contact:Calendar:SpecialDays:0:Open", "09:00", "Contact:Calendar:SpecialDays:0:Close")]
    [InlineData("Contact:BusyPeriods:0:Until", "07:00", "Contact:BusyPeriods:0:Until")]
    [InlineData("Contact:EmailReplyWorkingHours", "0", "Contact:EmailReplyWorkingHours")]
    public void Invalid_settings_fail_at_start_naming_the_key(string key, string? value, string named)
    {
        using var services = Services((key, value), ("Contact:Calendar:SpecialDays:0:Date", "2026-12-31"), ("Contact:BusyPeriods:0:From", "08:00"));
        var start = () => services.GetRequiredService<IStartupValidator>().Validate();
        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void A_time_that_does_not_parse_names_its_key()
    {
        using var services = Services(("Contact:Hours:Weekday:Close", "25:00"));
        var start = () => services.GetRequiredService<IStartupValidator>().Validate();
        start.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("Contact:Hours:Weekday:Close");
    }
}
