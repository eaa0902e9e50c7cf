using System.Collections.Generic;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// What a workload's peer (another engine doing the same job on the same input, in the same run)
/// measured: its name and version, e.g. "yoga-layout 3.2.1 (WASM, Node v20.20.2)", and its samples in
/// the workload's unit; or, when it could not run (no <c>node</c>, its npm package not installed), the
/// reason, so the report says why the ratio is missing instead of the run failing.
/// </summary>
public sealed record PeerResult(string Name, IReadOnlyList<double> Samples, string? Unavailable = null)
{
    public bool IsAvailable => Unavailable is null && Samples.Count > 0;

    /// <summary>A peer that could not run, with the reason a person can act on.</summary>
    public static PeerResult Missing(string name, string reason) => new(name, [], reason);
}
