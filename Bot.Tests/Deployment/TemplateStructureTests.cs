using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>Offline checks of the compiled ARM template and its parameters files; Azure itself is out of reach.</summary>
public sealed partial class TemplateStructureTests
{
    public static TheoryData<string> JsonFiles() =>
        new(Directory.GetFiles(DeploymentFiles.Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DeploymentFiles.Folder, f)).Order(StringComparer.Ordinal));

    public static TheoryData<string> ParameterFiles() =>
        new(DeploymentFiles.ParameterFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Every_json_file_parses(string relativePath)
    {
        var act = () => DeploymentFiles.Load(Path.Combine(DeploymentFiles.Folder, relativePath));
        act.Should().NotThrow();
    }

    [Fact]
    public void There_is_a_parameters_file_for_test_and_for_production()
    {
        DeploymentFiles.ParameterFiles.Select(Path.GetFileName).Should().BeEquivalentTo(["parameters.prod.json", "parameters.test.json"]);
    }

    [Fact]
    public void Every_declared_parameter_is_used()
    {
        var template = DeploymentFiles.Template();
        Declared(template).Except(Used(template)).Should().BeEmpty();
    }

    [Fact]
    public void Every_used_parameter_is_declared()
    {
        var template = DeploymentFiles.Template();
        Used(template).Except(Declared(template)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void A_parameters_file_names_only_declared_parameters_and_gives_every_required_one(string fileName)
    {
        var template = DeploymentFiles.Template();
        var given = Given(fileName);

        given.Select(p => p.Key).Except(Declared(template)).Should().BeEmpty();
        var required = ((JsonObject)template["parameters"]!).Where(p => ((JsonObject)p.Value!)["defaultValue"] is null).Select(p => p.Key);
        given.Select(p => p.Key).Should().Contain(required);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void A_parameters_file_holds_no_secret(string fileName)
    {
        var secure = ((JsonObject)DeploymentFiles.Template()["parameters"]!)
            .Where(p => (string?)p.Value!["type"] is "securestring" or "secureObject")
            .Select(p => p.Key)
            .ToList();
        secure.Should().NotBeEmpty();

        foreach (var (name, entry) in Given(fileName).Where(p => secure.Contains(p.Key)))
        {
            ((JsonObject)entry!).ContainsKey("value").Should().BeFalse($"{name} must come from a Key Vault reference or the command line");
        }
    }

    [Fact]
    public void Every_resource_has_a_type_and_an_api_version()
    {
        foreach (var resource in DeploymentFiles.Resources(DeploymentFiles.Template()))
        {
            ((string?)resource["type"]).Should().MatchRegex(@"^Microsoft\.[A-Za-z]+(/[A-Za-z]+)+$");
            ((string?)resource["apiVersion"]).Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}(-preview)?$", $"{resource["type"]} needs a pinned api version");
        }
    }

    [Fact]
    public void Every_resource_is_named_prefix_environment_kind()
    {
        var resources = DeploymentFiles.Resources(DeploymentFiles.Template());
        var topLevel = resources.Where(r => ((string)r["type"]!).Count(c => c == '/') == 1).ToList();
        var kinds = new List<string>();

        foreach (var resource in topLevel)
        {
            var match = TopLevelName().Match((string)resource["name"]!);
            match.Success.Should().BeTrue($"{resource["type"]} is named {resource["name"]}");
            kinds.Add(match.Groups["kind"].Value);
        }
        kinds.Should().OnlyHaveUniqueItems();

        var parentNames = topLevel.Select(r => (string)r["name"]!).Select(n => n[1..^1]).ToList();
        foreach (var child in resources.Except(topLevel))
        {
            var match = ChildName().Match((string)child["name"]!);
            match.Success.Should().BeTrue($"{child["type"]} is named {child["name"]}");
            parentNames.Should().Contain(match.Groups["parent"].Value, "a child resource is named after its parent");
        }
    }

    [Fact]
    public void The_template_holds_every_piece_of_the_deployment()
    {
        var resources = DeploymentFiles.Resources(DeploymentFiles.Template());
        resources.Select(r => (string)r["type"]!).Should().Contain(
        [
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            "Microsoft.OperationalInsights/workspaces",
            "Microsoft.Insights/components",
            "Microsoft.Cache/redis",
            "Microsoft.Web/serverfarms",
            "Microsoft.Web/sites",
            "Microsoft.Web/sites/config",
            "Microsoft.Insights/diagnosticSettings",
            "Microsoft.BotService/botServices",
            "Microsoft.Insights/autoscalesettings",
        ]);
        resources.Where(r => (string)r["type"]! == "Microsoft.BotService/botServices/channels")
            .Select(r => (string)r["properties"]!["channelName"]!)
            .Should().BeEquivalentTo(["DirectLineChannel", "WebChatChannel", "MsTeamsChannel"]);

        var bot = DeploymentFiles.Resource(DeploymentFiles.Template(), "Microsoft.BotService/botServices");
        ((string)bot["kind"]!).Should().Be("azurebot");
        bot["sku"]!["name"].Should().NotBeNull();
        ((string)bot["properties"]!["msaAppMSIResourceId"]!).Should().Contain("Microsoft.ManagedIdentity/userAssignedIdentities");

        var appInsights = DeploymentFiles.Resource(DeploymentFiles.Template(), "Microsoft.Insights/components");
        ((string)appInsights["properties"]!["WorkspaceResourceId"]!).Should().Contain("Microsoft.OperationalInsights/workspaces");
    }

    [Fact]
    public void Autoscale_scales_the_plan_out_and_back_in_on_cpu()
    {
        var autoscale = DeploymentFiles.Resource(DeploymentFiles.Template(), "Microsoft.Insights/autoscalesettings");
        ((string)autoscale["properties"]!["targetResourceUri"]!).Should().Contain("Microsoft.Web/serverfarms");

        var rules = autoscale["properties"]!["profiles"]![0]!["rules"]!.AsArray();
        rules.Select(r => (string)r!["metricTrigger"]!["metricName"]!).Should().AllBe("CpuPercentage");
        rules.Select(r => ((string)r!["metricTrigger"]!["operator"]!, (string)r["scaleAction"]!["direction"]!))
            .Should().BeEquivalentTo([("GreaterThan", "Increase"), ("LessThan", "Decrease")]);
    }

    private static HashSet<string> Declared(JsonObject template) =>
        ((JsonObject)template["parameters"]!).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    // Declarations are object keys, so every parameters('x') in a string value is a use.
    private static HashSet<string> Used(JsonObject template) =>
        Strings(template).SelectMany(s => ParameterReference().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static JsonObject Given(string fileName) =>
        (JsonObject)DeploymentFiles.Load(Path.Combine(DeploymentFiles.Folder, fileName))["parameters"]!;

    [GeneratedRegex(@"parameters\('([^']+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[format\('\{0\}-\{1\}-(?<kind>[a-z]+)', parameters\('prefix'\), parameters\('environmentName'\)\)\]$")]
    private static partial Regex TopLevelName();

    [GeneratedRegex(@"^\[format\('\{0\}/\{1\}', (?<parent>.+), '[A-Za-z]+'\)\]$")]
    private static partial Regex ChildName();
}
