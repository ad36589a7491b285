using System.Text.Json.Nodes;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>Runs the Bicep compiler restored from NuGet: main.json must be what main.bicep compiles to, and lint must be clean.</summary>
public sealed class BicepCompilerTests
{
    [Fact]
    public async Task The_compiled_template_is_up_to_date_with_the_bicep()
    {
        var output = Path.Combine(Path.GetTempPath(), $"vivus-main-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, log) = await DeploymentFiles.RunBicepAsync("build", DeploymentFiles.MainBicep, "--outfile", output);
            exitCode.Should().Be(0, log);

            var fresh = WithoutGenerator(DeploymentFiles.Load(output));
            var committed = WithoutGenerator(DeploymentFiles.Template());
            JsonNode.DeepEquals(fresh, committed).Should().BeTrue(
                "deploymentTemplates/main.json must be rebuilt: bicep build deploymentTemplates/main.bicep");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task The_committed_template_comes_from_the_pinned_compiler()
    {
        var (exitCode, version) = await DeploymentFiles.RunBicepAsync("--version");
        exitCode.Should().Be(0);
        var generator = (string)DeploymentFiles.Template()["metadata"]!["_generator"]!["version"]!;
        version.Should().Contain($"Bicep CLI version {string.Join('.', generator.Split('.').Take(3))} ");
    }

    [Fact]
    public async Task Lint_finds_no_error_and_no_warning()
    {
        var (exitCode, log) = await DeploymentFiles.RunBicepAsync("lint", DeploymentFiles.MainBicep);
        exitCode.Should().Be(0, log);
        log.Should().NotContain(" : Error ").And.NotContain(" : Warning ");
    }

    // The generator block carries the compiler's version and a hash of the source text, not the template.
    private static JsonObject WithoutGenerator(JsonObject template)
    {
        ((JsonObject)template["metadata"]!).Remove("_generator");
        return template;
    }
}
