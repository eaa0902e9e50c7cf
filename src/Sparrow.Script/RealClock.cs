using System;
using System.Diagnostics;

namespace Sparrow.Script;

/// <summary>The machine's monotonic clock.</summary>
public sealed class RealClock : IClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public double NowMilliseconds => Stopwatch.GetElapsedTime(_start).TotalMilliseconds;

    public double EpochMilliseconds => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public bool IsVirtual => false;
}
