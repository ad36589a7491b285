using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Vivus.Advisor.Bench.Search;

/// <summary>Runs the BenchmarkDotNet classes in this process (no generated project to build) and adds their tables to the report.</summary>
public static class SearchBenchmarkRun
{
    public static void Run(Markdown md, bool quick)
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
        job = quick ? job.WithWarmupCount(2).WithIterationCount(5) : job.WithWarmupCount(4).WithIterationCount(15);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithOption(ConfigOptions.DisableLogFile, true)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        foreach (var (type, title) in new[]
                 {
                     (typeof(FaqAnswerBenchmarks), "time and allocations per question, by outcome"),
                     (typeof(FaqIndexBenchmarks), "index build"),
                 })
        {
            var summary = BenchmarkRunner.Run(type, config);
            md.Heading($"BenchmarkDotNet, {title} (Entries 0 = the real corpus)");
            var log = new StringWriter();
            MarkdownExporter.GitHub.ExportToLog(summary, new TextLogger(log));
            md.Line(log.ToString().Trim());
        }
    }
}
