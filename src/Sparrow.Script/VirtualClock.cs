using System;
using System.Threading;

namespace Sparrow.Script;

/// <summary>
/// A clock that stands still until advanced (through <see cref="JsRuntime.AdvanceTimeAsync"/>, which
/// fires due timers in order). Its epoch is fixed, so <c>Date.now()</c> is the same on every run.
/// </summary>
public sealed class VirtualClock : IClock
{
    /// <summary>2026-01-01T00:00:00Z: where a virtual clock's <c>Date</c> starts unless told otherwise.</summary>
    public static readonly DateTimeOffset DefaultEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly double _epochStart;
    private long _nowBits;

    public VirtualClock()
        : this(DefaultEpoch)
    {
    }

    public VirtualClock(DateTimeOffset start)
    {
        _epochStart = start.ToUnixTimeMilliseconds();
    }

    public double NowMilliseconds => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _nowBits));

    public double EpochMilliseconds => _epochStart + NowMilliseconds;

    public bool IsVirtual => true;

    /// <summary>Moves the clock forward to <paramref name="milliseconds"/>; moving backwards is ignored.</summary>
    internal void AdvanceTo(double milliseconds)
    {
        if (milliseconds > NowMilliseconds)
        {
            Interlocked.Exchange(ref _nowBits, BitConverter.DoubleToInt64Bits(milliseconds));
        }
    }
}
