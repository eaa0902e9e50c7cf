using System.Collections.Generic;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// What a Node peer script printed (benchmarks/PEERS.md): its name and version, its samples, and the
/// check values that prove it saw the same input as ours (a root's size, an element count); or the
/// reason it could not run.
/// </summary>
internal sealed record NodePeerOutput(string Name, IReadOnlyList<double> Samples, IReadOnlyDictionary<string, double> Check, string? Unavailable)
{
    public static NodePeerOutput Missing(string reason) => new(string.Empty, [], new Dictionary<string, double>(), reason);

    /// <summary>A check value by name; a peer that did not print it is a broken peer script.</summary>
    /// <exception cref="System.InvalidOperationException">The peer printed no such check.</exception>
    public double CheckValue(string name) => Check.TryGetValue(name, out var value)
        ? value
        : throw new System.InvalidOperationException($"the peer '{Name}' printed no check '{name}'");
}
