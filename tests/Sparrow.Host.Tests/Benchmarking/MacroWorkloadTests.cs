using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Gpu;
using Sparrow.Host.Benchmarking;
using Sparrow.Host.Benchmarking.Workloads;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

/// <summary>The macro workloads of cold start, first frame, feed scrolling and capture replay, each run once with no warm-up.</summary>
public sealed class MacroWorkloadTests
{
    private static readonly bool HasGpu = GpuAvailable();

    public static TheoryData<string, string[]> Workloads() => new()
    {
        { "cold-start", ["package", "runtime", "first-batch", "apply"] },
        { "first-frame", ["start", "apply", "style", "layout", "text", "paint", "raster", "readback"] },
        { "feed-scroll", ["paint", "raster", "readback", "frame-p95"] },
        { "replay-layout", ["showcase-apply", "showcase-style", "showcase-layout", "showcase-text", "feed-apply", "feed-style", "feed-layout", "feed-text"] },
        { "replay-restyle", ["showcase-style", "showcase-layout", "showcase-text", "showcase-restyled", "feed-style", "feed-layout", "feed-text", "feed-restyled"] },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public void A_workload_runs_once_and_reports_its_stages(string name, string[] stages)
    {
        var progress = new List<string>();
        var report = new BenchmarkRunner(Warmup: 0, Runs: 1).Run(WorkloadCatalog.Create([name], TimeSpan.Zero), progress.Add);
        if (!HasGpu && name is "first-frame" or "feed-scroll")
        {
            Assert.Empty(report.Workloads);
            Assert.Contains(progress, line => line.StartsWith(name + ": skipped: no headless EGL", StringComparison.Ordinal));
            return;
        }

        var result = Assert.Single(report.Workloads);
        Assert.Equal(name, result.Name);
        Assert.True(result.Samples.Single() > 0, $"{name}: {result.Samples.Single()}");
        // feed-scroll adds a "gpu" stage only where the context has timer queries (GL_EXT_disjoint_timer_query).
        Assert.Equal(stages.Order(), result.Stages!.Keys.Where(key => key != "gpu").Order());
        Assert.True(!result.Stages.TryGetValue("gpu", out var gpu) || gpu.Single() > 0, "gpu time, when measured, is positive");
        Assert.All(result.Stages.Values, samples => Assert.Single(samples));
    }

    [Fact]
    public void The_restyle_toggle_restyles_nodes_and_leaves_the_page_as_it_was()
    {
        var report = new BenchmarkRunner(Warmup: 1, Runs: 2).Run(WorkloadCatalog.Create(["replay-restyle"], TimeSpan.Zero));
        var stages = Assert.Single(report.Workloads).Stages!;
        Assert.All(stages["feed-restyled"].Concat(stages["showcase-restyled"]), restyled => Assert.True(restyled >= 1));
        Assert.Equal(stages["feed-restyled"][0], stages["feed-restyled"][1]); // the same work each run: the toggle is undone
    }

    [Fact]
    public void A_workload_that_cannot_run_here_is_skipped_with_its_reason()
    {
        var progress = new List<string>();
        var report = new BenchmarkRunner(Warmup: 1, Runs: 3).Run([new Unrunnable()], progress.Add);
        Assert.Empty(report.Workloads);
        Assert.Equal(["unrunnable: skipped: not on this machine"], progress);
    }

    private static bool GpuAvailable()
    {
        using var device = EglDevice.TryCreateHeadless(out _);
        return device is not null;
    }

    private sealed class Unrunnable : IWorkload, ISkippable
    {
        public string Name => "unrunnable";

        public string Unit => "ms";

        public string? SkipReason => "not on this machine";

        public double RunOnce() => throw new InvalidOperationException("a skipped workload must not run");

        public void Dispose()
        {
        }
    }
}
