using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sparrow.Host.Benchmarking;
using Xunit;

namespace Sparrow.Cli.Tests;

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
        Assert.Equal(2, (await Run("bench")).Code);
        Assert.Equal(2, (await Run("bench", "compare", "a.json")).Code);
        Assert.Equal(2, (await Run("bench", "compare", "a", "b", "--threshold", "7")).Code);
        var (code, _, error) = await Run("bench", "compare", "/no/such.json", "/no/other.json");
        Assert.Equal(1, code);
        Assert.Contains("/no/such.json", error, StringComparison.Ordinal);
    }
}
