using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sparrow.Host.Benchmarking;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary><c>sparrow bench</c>: workloads, reports, and the comparison that catches an injected slowdown.</summary>
[Collection(TimingCollection.Name)]
public class BenchCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Write(string commit, double center)
    {
        var random = new Random(commit.Length); // deterministic per report
        var samples = Enumerable.Range(0, 15).Select(_ => center + random.NextDouble()).ToArray();
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, new BenchmarkReport(BenchmarkReport.CurrentSchema, commit, "test", DateTimeOffset.UnixEpoch, [new WorkloadResult("cold-start", "ms", samples)]).ToJson());
        return path;
    }

    [Fact]
    public async Task An_injected_slowdown_fails_the_comparison()
    {
        var (code, output, _) = await Run("bench", "compare", Write("base", 100), Write("slow", 125));
        Assert.Equal(1, code);
        Assert.Contains("REGRESSION", output, StringComparison.Ordinal);
        Assert.Contains("1 regressions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_speed_passes()
    {
        var (code, output, _) = await Run("bench", "compare", Write("base", 100), Write("same", 100));
        Assert.Equal(0, code);
        Assert.Contains("0 regressions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_and_bad_files_are_reported()
    {
        Assert.Equal(2, (await Run("bench", "--runs", "0")).Code);
        Assert.Equal(2, (await Run("bench", "compare", "a.json")).Code);
        Assert.Equal(2, (await Run("bench", "compare", "a", "b", "--threshold", "7")).Code);
        var (code, _, error) = await Run("bench", "compare", "/no/such.json", "/no/other.json");
        Assert.Equal(1, code);
        Assert.Contains("/no/such.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_a_workload_twice_with_an_injected_delay_is_caught_by_compare()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sparrow-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var baseline = Path.Combine(dir, "base.json");
        var slowed = Path.Combine(dir, "slow.json");
        Assert.Equal(0, (await Run("bench", "runtime-start", "--runs", "8", "--warmup", "1", "--out", baseline)).Code);
        // The delay is far above runtime-start's noise even on a loaded 2-core machine (samples of a
        // few ms idle, up to ~100 ms at load average 30), so the test checks the detector, not the load.
        Assert.Equal(0, (await Run("bench", "runtime-start", "--runs", "8", "--warmup", "1", "--inject-delay", "300", "--out", slowed)).Code);
        var report = BenchmarkReport.Load(baseline);
        Assert.Equal(8, Assert.Single(report.Workloads).Samples.Count);
        Assert.Contains("cores", report.Machine, StringComparison.Ordinal);
        var (code, output, _) = await Run("bench", "compare", baseline, slowed);
        Assert.Equal(1, code);
        Assert.Contains("runtime-start", output, StringComparison.Ordinal);
        Assert.Contains("REGRESSION", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_workloads_are_a_usage_error_naming_the_known_ones()
    {
        var (code, _, error) = await Run("bench", "no-such-workload");
        Assert.Equal(2, code);
        Assert.Contains("runtime-start", error, StringComparison.Ordinal);
    }
}
