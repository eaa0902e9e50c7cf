namespace Sparrow.Script;

/// <summary>
/// The time a runtime's timers and <c>Date.now()</c> see. The real clock follows the machine; the
/// virtual clock moves only when the host advances it, so headless runs are reproducible.
/// </summary>
public interface IClock
{
    /// <summary>Milliseconds since the clock started; never decreases.</summary>
    double NowMilliseconds { get; }

    /// <summary>Milliseconds since the Unix epoch, for <c>Date</c>.</summary>
    double EpochMilliseconds { get; }

    bool IsVirtual { get; }
}
