using System.Diagnostics;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// GPU time per frame through <c>GL_EXT_disjoint_timer_query</c>: a time-elapsed query around each
/// <see cref="Draw"/>, from a small ring so that the CPU never waits for the GPU. A result is read
/// when the driver says it is available, a frame or more later, and reported in that later frame's
/// <see cref="FrameStats.GpuMs"/>. When the disjoint flag is set every result in flight is dropped, as
/// the extension requires (its values may be garbage), and so is a result longer than the wall time
/// since its query began, which no real measurement can be (Mesa's llvmpipe offers the extension,
/// and its first result of a context is the time since boot, 32,026,701 ms measured here). Without
/// the extension nothing is measured and <see cref="FrameStats.GpuMs"/> stays null: "not
/// available", never a zero.
/// </summary>
public sealed unsafe partial class GlesRenderer
{
    /// <summary>Frames whose queries may be in flight at once; a GPU further behind than this goes untimed for a frame.</summary>
    private const int TimerSlots = 4;

    private readonly uint[] _timerQueries = new uint[TimerSlots];
    private readonly long[] _timerFrame = new long[TimerSlots];
    private readonly bool[] _timerPending = new bool[TimerSlots];
    private readonly long[] _timerBegan = new long[TimerSlots];
    private TimerQueryFunctions? _timer;
    private long _timedFrames;
    private int _activeTimer = -1;

    /// <summary>
    /// Whether this context measures GPU time per frame (<c>GL_EXT_disjoint_timer_query</c> is listed
    /// and its entry points resolve; Mesa's llvmpipe lists it too).
    /// </summary>
    public bool HasGpuTimer => _timer is not null;

    /// <summary>Frames whose GPU time was dropped: the disjoint flag was set while they were in flight, or the result was longer than the wall time since the query began.</summary>
    public int DroppedGpuTimes { get; private set; }

    /// <summary>Creates the query ring when the context has the extension (context current).</summary>
    private void CreateGpuTimer()
    {
        _timer = TimerQueryFunctions.TryLoad();
        if (_timer is null)
        {
            return;
        }

        fixed (uint* ids = _timerQueries)
        {
            _timer.GenQueries(TimerSlots, ids);
        }

        // Reading the flag clears it: start from a clean state.
        int disjoint;
        Gl.glGetIntegerv(Gl.GL_GPU_DISJOINT_EXT, &disjoint);
    }

    /// <summary>
    /// At the start of a frame: collects the results that have come back (never waiting) and begins
    /// this frame's query in a free slot. Returns the newest result collected, in ms, or null.
    /// </summary>
    private double? BeginGpuTimer()
    {
        if (_timer is null)
        {
            return null;
        }

        double? newest = null;
        long newestFrame = -1;
        for (var i = 0; i < TimerSlots; i++)
        {
            if (!_timerPending[i])
            {
                continue;
            }

            uint available;
            _timer.GetQueryObjectuiv(_timerQueries[i], Gl.GL_QUERY_RESULT_AVAILABLE_EXT, &available);
            if (available == 0)
            {
                continue;
            }

            ulong nanoseconds;
            _timer.GetQueryObjectui64v(_timerQueries[i], Gl.GL_QUERY_RESULT_EXT, &nanoseconds);
            _timerPending[i] = false;
            if (nanoseconds / 1e6 > Stopwatch.GetElapsedTime(_timerBegan[i]).TotalMilliseconds)
            {
                DroppedGpuTimes++;
                continue;
            }

            if (_timerFrame[i] > newestFrame)
            {
                newestFrame = _timerFrame[i];
                newest = nanoseconds / 1e6;
            }
        }

        // EXT_disjoint_timer_query: check the flag after reading; when set, what was read and what is
        // still in flight cannot be trusted.
        int disjoint;
        Gl.glGetIntegerv(Gl.GL_GPU_DISJOINT_EXT, &disjoint);
        if (disjoint != 0)
        {
            newest = null;
            for (var i = 0; i < TimerSlots; i++)
            {
                if (_timerPending[i])
                {
                    _timerPending[i] = false;
                    DroppedGpuTimes++;
                }
            }
        }

        for (var i = 0; i < TimerSlots; i++)
        {
            if (!_timerPending[i])
            {
                _timer.BeginQuery(Gl.GL_TIME_ELAPSED_EXT, _timerQueries[i]);
                _timerBegan[i] = Stopwatch.GetTimestamp();
                _activeTimer = i;
                break;
            }
        }

        return newest;
    }

    /// <summary>At the end of a frame: ends its query (if one began); its result is read by a later frame.</summary>
    private void EndGpuTimer()
    {
        if (_timer is null || _activeTimer < 0)
        {
            return;
        }

        _timer.EndQuery(Gl.GL_TIME_ELAPSED_EXT);
        _timerPending[_activeTimer] = true;
        _timerFrame[_activeTimer] = _timedFrames++;
        _activeTimer = -1;
    }

    private void DeleteGpuTimer()
    {
        if (_timer is null)
        {
            return;
        }

        fixed (uint* ids = _timerQueries)
        {
            _timer.DeleteQueries(TimerSlots, ids);
        }

        _timer = null;
    }
}
