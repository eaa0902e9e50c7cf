namespace Sparrow.Host.Benchmarking;

/// <summary>
/// A workload that may be unable to run on this machine (no EGL/GLES 3, run outside the
/// repository): the runner checks <see cref="SkipReason"/> before the warm-up, prints it and
/// leaves the workload out of the report instead of failing the whole run.
/// </summary>
public interface ISkippable
{
    /// <summary>Why the workload cannot run here, or null when it can.</summary>
    string? SkipReason { get; }
}
