using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Vivus.Advisor.Bot.Tests.Deployment;

/// <summary>The files under deploymentTemplates/ and the Bicep compiler restored from NuGet (Bot.Tests.csproj).</summary>
public static class DeploymentFiles
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Folder { get; } = Path.Combine(RepositoryRoot, "deploymentTemplates");

    public static string MainBicep { get; } = Path.Combine(Folder, "main.bicep");

    public static string MainJson { get; } = Path.Combine(Folder, "main.json");

    /// <summary>Every ARM parameters file, one per environment.</summary>
    public static IReadOnlyList<string> ParameterFiles { get; } =
        Directory.GetFiles(Folder, "parameters.*.json").Order(StringComparer.Ordinal).ToList();

    public static JsonObject Template() => Load(MainJson);

    public static JsonObject Load(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    /// <summary>Top-level resources; a compiled template keeps them in an array, or in an object keyed by symbolic name.</summary>
    public static IReadOnlyList<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(r => (JsonObject)r!).ToList(),
        JsonObject byName => byName.Select(p => (JsonObject)p.Value!).ToList(),
        _ => throw new InvalidOperationException("The template has no resources."),
    };

    public static JsonObject Resource(JsonObject template, string type) =>
        Resources(template).Single(r => (string?)r["type"] == type);

    /// <summary>The app settings the template writes (the Microsoft.Web/sites/config "appsettings" resource).</summary>
    public static JsonObject AppSettings(JsonObject template) =>
        (JsonObject)Resources(template)
            .Single(r => (string?)r["type"] == "Microsoft.Web/sites/config" && ((string)r["name"]!).EndsWith("'appsettings')]", StringComparison.Ordinal))
            ["properties"]!;

    /// <summary>The bicep executable from the Azure.Bicep.CommandLine.linux-x64 package; its absence is a failure, never a skip.</summary>
    public static string BicepExecutable()
    {
        var path = Path.Combine(Metadata("BicepPackageFolder"), "tools", "bicep");
        File.Exists(path).Should().BeTrue($"restore downloads the Bicep compiler to {path} (Bot.Tests.csproj, PackageDownload)");
        // NuGet does not always keep the executable bit of package files.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }
        return path;
    }

    public static async Task<(int ExitCode, string Output)> RunBicepAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(BicepExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Metadata(string key) =>
        typeof(DeploymentFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
