using System;
using System.Diagnostics;
using System.Threading;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// A workload made slower on purpose by a real sleep inside each measured run (<c>sparrow bench
/// --inject-delay</c>): how a person checks that the regression detector catches what it should.
/// </summary>
internal sealed class SlowedWorkload(IWorkload inner, TimeSpan delay) : IWorkload, ISkippable
{
    public string? SkipReason => (inner as ISkippable)?.SkipReason;

    public string Name => inner.Name;

    public string Unit => inner.Unit;

    public double RunOnce()
    {
        var clock = Stopwatch.StartNew();
        Thread.Sleep(delay);
        return inner.RunOnce() + clock.Elapsed.TotalMilliseconds;
    }

    public void Dispose() => inner.Dispose();
}
