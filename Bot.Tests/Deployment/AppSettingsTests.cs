using System.Text.Json.Nodes;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>
/// The app settings main.bicep writes are exactly the options keys whose Azure value differs from appsettings.json.
/// Every key the app reads is classified below; a new options key fails these tests until someone decides.
/// </summary>
public sealed class AppSettingsTests
{
    /// <summary>Set by the template in Azure (deploymentTemplates/README.md says why for each).</summary>
    private static readonly string[] DiffersInAzure =
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        "WebChat:DirectLineSecret",
        "Storage:RedisConnectionString",
    ];

    /// <summary>The same locally and in Azure: business data, limits, or settings of the built-in Direct Line, which is off in Azure.</summary>
    private static readonly string[] SameEverywhere =
    [
        "Contact:Hotlines",
        "Contact:Email",
        "Contact:ContactFormUrl",
        "Contact:Hours:Weekday:Open",
        "Contact:Hours:Weekday:Close",
        "Contact:Hours:Saturday:Open",
        "Contact:Hours:Saturday:Close",
        "Contact:Hours:TradingSunday:Open",
        "Contact:Hours:TradingSunday:Close",
        "Contact:RecommendedWindow:Open",
        "Contact:RecommendedWindow:Close",
        "Contact:EmailReplyWorkingHours",
        "Contact:TimeZone",
        "Contact:ClosedOnPublicHolidays",
        "Contact:BusyPeriods",
        "Contact:Calendar:AddedTradingSundays",
        "Contact:Calendar:RemovedTradingSundays",
        "Contact:Calendar:SpecialDays",
        "CaseIntake:LoanNumberPattern",
        "WebChat:AzureDirectLineUrl",
        "WebChat:UseWebSocket",
        "WebChat:TokenLifetime",
        "WebChat:TokenSigningKey",
        "WebChat:ConversationIdleTimeout",
        "WebChat:MaxActivitiesPerConversation",
        "WebChat:MaxConversations",
        "WebChat:CdnBundleUrl",
        "WebChat:FrameAncestors",
        "Storage:ConversationTimeToLive",
        "Storage:KeyPrefix",
        "Storage:ConnectTimeout",
        "Storage:OperationTimeout",
        "Handoff:LiveAgentEnabled",
        "TurnLock:WaitTimeout",
        "TurnLock:HoldTimeout",
        "RateLimits:Enabled",
        "RateLimits:PerClientPerMinute",
        "RateLimits:PerConversationPerMinute",
        "RateLimits:MessagesPerConversationPerMinute",
    ];

    /// <summary>Read by App Service or its Application Insights agent, or the host's listening address; no options class.</summary>
    private static readonly string[] PlatformSettings =
    [
        "Urls",
        "WEBSITES_PORT",
        "SCM_DO_BUILD_DURING_DEPLOYMENT",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "ApplicationInsightsAgent_EXTENSION_VERSION",
    ];

    private static IEnumerable<string> Classified => DiffersInAzure.Concat(SameEverywhere);

    [Fact]
    public void Reflection_finds_the_options_classes_the_app_binds()
    {
        OptionsKeys.Sections.Keys.Should().Contain(["Contact", "CaseIntake", "WebChat"]);
        OptionsKeys.All.Should().Contain(["Contact:Hours:Weekday:Open", "WebChat:DirectLineSecret", "MicrosoftAppId"]);
    }

    [Fact]
    public void Every_key_the_app_reads_is_classified_once()
    {
        Classified.Should().OnlyHaveUniqueItems();
        OptionsKeys.All.Except(Classified).Should().BeEmpty(
            "a new options key must be added to DiffersInAzure (and set by main.bicep) or to SameEverywhere");
    }

    [Fact]
    public void Every_classified_key_exists_once_its_section_has_an_options_class()
    {
        // Storage keys are classified ahead of the Redis storage branch; they are checked as soon as its options class lands.
        Classified.Where(k => !OptionsKeys.BotFrameworkKeys.Contains(k) && OptionsKeys.Sections.ContainsKey(k.Split(':')[0]))
            .Except(OptionsKeys.All)
            .Should().BeEmpty("a classified key that no options class reads is a typo or a removed setting");
    }

    [Fact]
    public void The_template_writes_exactly_the_keys_that_differ_in_azure_and_the_platform_settings()
    {
        var written = DeploymentFiles.AppSettings(DeploymentFiles.Template()).Select(p => p.Key).ToList();

        written.Where(k => !PlatformSettings.Contains(k)).Select(OptionsKeys.FromEnvironmentName)
            .Should().BeEquivalentTo(DiffersInAzure);
        written.Where(PlatformSettings.Contains).Should().BeEquivalentTo(PlatformSettings);
    }

    [Fact]
    public void Settings_are_named_the_way_the_app_reads_environment_variables()
    {
        foreach (var key in DeploymentFiles.AppSettings(DeploymentFiles.Template()).Select(p => p.Key))
        {
            key.Should().NotContain(":", "Linux App Service cannot carry ':' in an environment variable name; '__' stands for it");
        }
    }

    [Fact]
    public void Secrets_come_from_expressions_never_from_literals()
    {
        var settings = DeploymentFiles.AppSettings(DeploymentFiles.Template());
        foreach (var key in new[] { "MicrosoftAppPassword", "WebChat__DirectLineSecret", "Storage__RedisConnectionString", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            ((string)settings[key]!).Should().StartWith("[", $"{key} is computed at deployment time");
        }
        ((string)settings["WebChat__DirectLineSecret"]!).Should().Contain("listChannelWithKeys(").And.Contain("@Microsoft.KeyVault(SecretUri=");
        ((string)settings["Storage__RedisConnectionString"]!).Should().Contain("listKeys(").And.Contain("ssl=True");
    }

    [Fact]
    public void The_app_listens_where_app_service_forwards_because_appsettings_json_pins_a_loopback_url()
    {
        // A plain Urls in appsettings.json wins over ASPNETCORE_URLS/ASPNETCORE_HTTP_PORTS set by App Service,
        // so the template must override it; without one in the file the template must leave the port to App Service.
        var file = DeploymentFiles.Load(Path.Combine(DeploymentFiles.RepositoryRoot, "appsettings.json"));
        var template = DeploymentFiles.Template();
        var settings = DeploymentFiles.AppSettings(template);
        if (file["Urls"] is null)
        {
            settings.ContainsKey("Urls").Should().BeFalse();
            return;
        }
        var port = (string)((JsonObject)template["variables"]!)["appPort"]!;
        ((string)settings["WEBSITES_PORT"]!).Should().Be("[variables('appPort')]");
        ((string)settings["Urls"]!).Should().Be("[format('http://+:{0}', variables('appPort'))]");
        port.Should().Be("8080", "App Service for Linux forwards to 8080 by default");
    }
}
