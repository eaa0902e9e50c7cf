namespace Sparrow.Host.Benchmarking;

/// <summary>What a comparison concludes for one workload.</summary>
public enum Verdict
{
    /// <summary>No difference both past the threshold and significant.</summary>
    Unchanged,

    /// <summary>Slower by more than the threshold, and significantly so.</summary>
    Regression,

    /// <summary>Faster by more than the threshold, and significantly so.</summary>
    Improvement,

    /// <summary>The workload is in only one of the two reports.</summary>
    Missing,
}
