namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// A workload with a peer: after the workload's own runs, <see cref="BenchmarkRunner"/> asks it to run
/// the peer on the same input with the same warm-up and number of runs.
/// </summary>
public interface IHasPeer
{
    /// <summary>
    /// Runs the peer <paramref name="warmup"/> + <paramref name="runs"/> times and returns the measured
    /// samples, or <see cref="PeerResult.Missing"/> with a reason when the peer cannot run here.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">The peer ran but did not get the same result
    /// as ours (proof that the two engines did not see the same input).</exception>
    PeerResult RunPeer(int warmup, int runs);
}
