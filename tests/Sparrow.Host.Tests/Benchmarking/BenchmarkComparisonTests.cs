using System;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class BenchmarkComparisonTests
{
    private static double[] Noisy(int seed, double center, double spread, int count = 20)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => center + ((random.NextDouble() - 0.5) * spread)).ToArray();
    }

    private static BenchmarkReport Report(params (string Name, double[] Samples)[] workloads) =>
        new(BenchmarkReport.CurrentSchema, "abc123", "test", DateTimeOffset.UnixEpoch, workloads.Select(w => new WorkloadResult(w.Name, "ms", w.Samples)).ToArray());

    [Fact]
    public void An_injected_slowdown_is_flagged_as_a_regression()
    {
        var baseline = Report(("first-frame", Noisy(1, 100, 10)));
        var slower = Report(("first-frame", Noisy(2, 120, 10)));
        var row = Assert.Single(new BenchmarkComparison().Compare(baseline, slower));
        Assert.Equal(Verdict.Regression, row.Verdict);
        Assert.InRange(row.Ratio, 1.15, 1.25);
        Assert.True(row.PValue < 0.001);
        Assert.Contains("REGRESSION", BenchmarkComparison.Format([row]), StringComparison.Ordinal);
    }

    [Fact]
    public void Noise_alone_is_not_flagged()
    {
        var row = new BenchmarkComparison().Compare(Report(("w", Noisy(3, 100, 20))), Report(("w", Noisy(4, 100, 20)))).Single();
        Assert.Equal(Verdict.Unchanged, row.Verdict);
    }

    [Fact]
    public void A_significant_change_below_the_threshold_is_not_flagged()
    {
        var row = new BenchmarkComparison(Threshold: 0.05).Compare(Report(("w", Noisy(5, 100, 0.5))), Report(("w", Noisy(6, 102, 0.5)))).Single();
        Assert.True(row.PValue < 0.001);
        Assert.Equal(Verdict.Unchanged, row.Verdict);
    }

    [Fact]
    public void A_large_change_on_too_few_samples_is_not_flagged()
    {
        var row = new BenchmarkComparison().Compare(Report(("w", [100, 101])), Report(("w", [150, 151]))).Single();
        Assert.Equal(1.0 / 3, row.PValue, 12); // the best two samples each can do
        Assert.Equal(Verdict.Unchanged, row.Verdict);
    }

    [Fact]
    public void Speed_ups_are_improvements_and_missing_workloads_are_reported()
    {
        var rows = new BenchmarkComparison().Compare(
            Report(("fast", Noisy(7, 100, 5)), ("gone", Noisy(8, 1, 0.1))),
            Report(("fast", Noisy(9, 70, 5)), ("new", Noisy(10, 1, 0.1))));
        Assert.Equal(Verdict.Improvement, rows.Single(r => r.Workload == "fast").Verdict);
        Assert.Equal(Verdict.Missing, rows.Single(r => r.Workload == "gone").Verdict);
        Assert.Equal(Verdict.Missing, rows.Single(r => r.Workload == "new").Verdict);
    }

    [Fact]
    public void Reports_round_trip_through_json_and_a_bad_file_names_itself()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        var report = Report(("cold-start", [1.5, 2.5]));
        File.WriteAllText(path, report.ToJson());
        var loaded = BenchmarkReport.Load(path);
        Assert.Equal([1.5, 2.5], loaded.Workloads[0].Samples);
        Assert.Equal("abc123", loaded.Commit);
        File.WriteAllText(path, "{ nope");
        var e = Assert.Throws<InvalidDataException>(() => BenchmarkReport.Load(path));
        Assert.StartsWith(path + ":1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Median_of_odd_and_even_counts()
    {
        Assert.Equal(2, BenchmarkComparison.Median([3, 1, 2]));
        Assert.Equal(2.5, BenchmarkComparison.Median([4, 1, 3, 2]));
        Assert.True(double.IsNaN(BenchmarkComparison.Median([])));
    }
}
