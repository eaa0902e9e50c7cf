using System;
using System.Collections.Generic;
using System.Linq;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>Every macro workload by name, created on demand (creating one may start a runtime).</summary>
public static class WorkloadCatalog
{
    private static readonly Dictionary<string, Func<IWorkload>> Factories = new(StringComparer.Ordinal)
    {
        ["runtime-start"] = static () => new RuntimeStartWorkload(),
        ["host-call-storm"] = static () => new HostCallStormWorkload(),
        ["page-start-no-cache"] = static () => new PageStartWorkload(warm: false),
        ["page-start-warm-cache"] = static () => new PageStartWorkload(warm: true),
        ["setdata-one-of-1000"] = static () => new SetDataOneItemWorkload(),
        ["setdata-storm-100hz"] = static () => new SetDataStormWorkload(),
        ["cold-start"] = static () => new ColdStartWorkload(),
        ["first-frame"] = static () => new FirstFrameWorkload(),
        ["feed-scroll"] = static () => new FeedScrollWorkload(),
        ["feed-10s-scroll"] = static () => new FeedTenSecondScrollWorkload(),
        ["setdata-frame-latency"] = static () => new SetDataFrameLatencyWorkload(),
        ["replay-layout"] = static () => new ReplayLayoutWorkload(),
        ["replay-restyle"] = static () => new ReplayRestyleWorkload(),
        ["layout-vs-yoga-page-cold"] = static () => new LayoutVsYogaWorkload("page", oneLeaf: false),
        ["layout-vs-yoga-huge-nested-cold"] = static () => new LayoutVsYogaWorkload("huge-nested", oneLeaf: false),
        ["layout-vs-yoga-wide-10k-cold"] = static () => new LayoutVsYogaWorkload("wide-10k", oneLeaf: false),
        ["layout-vs-yoga-deep-400-cold"] = static () => new LayoutVsYogaWorkload("deep-400", oneLeaf: false),
        ["layout-vs-yoga-page-one-leaf"] = static () => new LayoutVsYogaWorkload("page", oneLeaf: true),
        ["layout-vs-yoga-huge-nested-one-leaf"] = static () => new LayoutVsYogaWorkload("huge-nested", oneLeaf: true),
        ["layout-vs-yoga-wide-10k-one-leaf"] = static () => new LayoutVsYogaWorkload("wide-10k", oneLeaf: true),
        ["wxml-vs-wcc-list-1000"] = static () => new WxmlVsWccWorkload(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>The named workloads (all when <paramref name="names"/> is empty), each slowed by <paramref name="injectedDelay"/> if given.</summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static IEnumerable<IWorkload> Create(IReadOnlyCollection<string> names, TimeSpan injectedDelay)
    {
        ArgumentNullException.ThrowIfNull(names);
        var unknown = names.Where(n => !Factories.ContainsKey(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown workload(s): {string.Join(", ", unknown)}; known: {string.Join(", ", Names)}", nameof(names));
        }

        foreach (var name in names.Count == 0 ? Factories.Keys : names)
        {
            var workload = Factories[name]();
            yield return injectedDelay > TimeSpan.Zero ? new SlowedWorkload(workload, injectedDelay) : workload;
        }
    }
}
