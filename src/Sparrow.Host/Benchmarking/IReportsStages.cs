using System.Collections.Generic;

namespace Sparrow.Host.Benchmarking;

/// <summary>A workload that also measures named quantities per run (per-stage times, bytes emitted).</summary>
public interface IReportsStages
{
    /// <summary>One sample per measured run for each name (warm-up runs excluded).</summary>
    IReadOnlyDictionary<string, IReadOnlyList<double>> Stages { get; }
}
