using System.Reflection;
using System.Runtime.Versioning;
using Microsoft.AspNetCore.Routing;
using Vivus.Advisor.Bot.Endpoints;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>What the template tells Azure about the app matches the app itself.</summary>
public sealed class AppMatchTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Template = DeploymentFiles.Template();

    private static System.Text.Json.Nodes.JsonNode SiteConfig =>
        DeploymentFiles.Resource(Template, "Microsoft.Web/sites")["properties"]!["siteConfig"]!;

    [Fact]
    public void The_bot_endpoint_is_the_apps_messages_route_over_https()
    {
        var bot = DeploymentFiles.Resource(Template, "Microsoft.BotService/botServices");
        ((string)bot["properties"]!["endpoint"]!).Should()
            .StartWith($"[format('https://{{0}}{BotMessagesEndpoint.Route}', ")
            .And.Contain("resourceId('Microsoft.Web/sites'").And.EndWith(".defaultHostName)]");
    }

    [Fact]
    public async Task The_health_check_path_is_where_the_app_maps_its_health_checks()
    {
        await using var app = Program.BuildApp(["--environment=Testing"]);
        var healthRoutes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.DisplayName == "Health checks")
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'));

        healthRoutes.Should().ContainSingle().Which.Should().Be((string)SiteConfig["healthCheckPath"]!);
    }

    [Fact]
    public void The_runtime_is_the_bots_target_framework_on_linux_and_always_on()
    {
        var framework = typeof(BotMessagesEndpoint).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        framework.Should().StartWith(".NETCoreApp,Version=v");
        var version = framework[".NETCoreApp,Version=v".Length..];

        ((string)SiteConfig["linuxFxVersion"]!).Should().Be($"DOTNETCORE|{version}");
        ((bool)SiteConfig["alwaysOn"]!).Should().BeTrue();
        ((string)DeploymentFiles.Resource(Template, "Microsoft.Web/sites")["kind"]!).Should().Contain("linux");
        ((bool)DeploymentFiles.Resource(Template, "Microsoft.Web/serverfarms")["properties"]!["reserved"]!)
            .Should().BeTrue("a Linux plan is a reserved one");
    }

    [Fact]
    public void The_bot_identity_is_the_user_assigned_identity_or_a_single_tenant_registration()
    {
        var parameter = Template["parameters"]!["botIdentityType"]!;
        ((string)parameter["defaultValue"]!).Should().Be("UserAssignedMSI");
        parameter["allowedValues"]!.AsArray().Select(v => (string)v!).Should().BeEquivalentTo(["UserAssignedMSI", "SingleTenant"]);
        ((string)Template["parameters"]!["appRegistrationClientSecret"]!["type"]!).Should().Be("securestring");

        var site = DeploymentFiles.Resource(Template, "Microsoft.Web/sites");
        ((string)site["identity"]!["type"]!).Should().Be("UserAssigned");
        ((string)DeploymentFiles.AppSettings(Template)["MicrosoftAppId"]!).Should().Contain(".clientId");
    }
}
