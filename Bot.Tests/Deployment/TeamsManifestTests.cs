using System.Buffers.Binary;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>deploymentTemplates/teams: the manifest an operator fills in and zips with its two icons.</summary>
public sealed class TeamsManifestTests
{
    private static readonly string TeamsFolder = Path.Combine(DeploymentFiles.Folder, "teams");

    [Fact]
    public void The_manifest_names_the_bot_and_its_host_by_placeholders()
    {
        var manifest = DeploymentFiles.Load(Path.Combine(TeamsFolder, "manifest.json"));

        ((string)manifest["id"]!).Should().Be("{{TEAMS_APP_ID}}");
        ((string)manifest["bots"]![0]!["botId"]!).Should().Be("{{BOT_APP_ID}}");
        manifest["validDomains"]!.AsArray().Select(d => (string)d!).Should().Equal("{{WEB_APP_HOST_NAME}}");
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Each_icon_is_a_png_of_the_size_teams_requires(string icon, int size)
    {
        var manifest = DeploymentFiles.Load(Path.Combine(TeamsFolder, "manifest.json"));
        var bytes = File.ReadAllBytes(Path.Combine(TeamsFolder, (string)manifest["icons"]![icon]!));

        bytes.AsSpan(0, 8).ToArray().Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(size, "IHDR width");
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(size, "IHDR height");
    }
}
