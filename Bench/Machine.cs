using System.Runtime;
using System.Runtime.InteropServices;

namespace Vivus.Advisor.Bench;

/// <summary>What the figures were measured on, for the results header.</summary>
public static class Machine
{
    public static void Describe(Markdown md, IReadOnlyList<string> args)
    {
        md.Line($"- machine: {CpuModel()}, {Environment.ProcessorCount} logical cores, {MemoryGb()} GB RAM, {RuntimeInformation.OSDescription}");
        md.Line($"- runtime: {RuntimeInformation.FrameworkDescription}, bench process GC: {(GCSettings.IsServerGC ? "server" : "workstation")}");
        md.Line($"- date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        md.Line($"- command: `dotnet run -c Release --project Bench -- {string.Join(' ', args)}`");
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryGb() =>
        (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024)).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}
