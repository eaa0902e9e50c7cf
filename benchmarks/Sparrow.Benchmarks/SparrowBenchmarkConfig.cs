using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Sparrow.Benchmarks;

/// <summary>
/// The one configuration every benchmark shares: allocations measured (MemoryDiagnoser), run in
/// process (the V8 shim is loaded once, and no project is generated and rebuilt per benchmark),
/// with iteration counts sized for a 2-core machine; or, for a smoke run, each benchmark once.
/// </summary>
public static class SparrowBenchmarkConfig
{
    public static IConfig Create(bool smoke) =>
        ManualConfig.CreateMinimumViable()
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .AddJob((smoke ? Job.Dry : Job.Default.WithWarmupCount(3).WithIterationCount(12))
                .WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.JoinSummary);
}
