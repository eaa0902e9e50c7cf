using System;
using Sparrow.Host.Benchmarking.Peers;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

/// <summary>What every peer workload's test expects of a peer's run on a machine that may lack Node or the peer's npm packages.</summary>
internal static class PeerAssert
{
    /// <summary>Either the peer ran (its name starts with <paramref name="namePrefix"/>; <paramref name="runs"/> positive samples) or it says why not: no node, or no <c>npm ci</c>.</summary>
    public static void RanOrSaysWhyNot(PeerResult peer, string namePrefix, int runs)
    {
        if (peer.IsAvailable)
        {
            Assert.StartsWith(namePrefix, peer.Name, StringComparison.Ordinal);
            Assert.Equal(runs, peer.Samples.Count);
            Assert.All(peer.Samples, s => Assert.True(s > 0));
        }
        else
        {
            Assert.Matches("node|npm ci", peer.Unavailable);
        }
    }
}
