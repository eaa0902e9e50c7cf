using System;
using System.Diagnostics;
using System.Threading;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

/// <summary>
/// Ends a task that runs longer than its limit. It measures real time even under a virtual clock:
/// it protects the process from a hung script, not the page from slow timers. A thread of its own
/// sleeps until the running task's deadline and calls <c>sp_runtime_terminate</c>, the one shim
/// call that is safe from another thread.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    private readonly nint _runtime;
    private readonly TimeSpan _limit;
    private readonly Thread _thread;
    private readonly object _gate = new();
    private long _deadline; // Stopwatch ticks; 0 when no task runs
    private long _task;
    private long _firedTask = -1;
    private bool _disposed;

    public Watchdog(nint runtime, TimeSpan limit)
    {
        _runtime = runtime;
        _limit = limit;
        _thread = new Thread(Watch) { IsBackground = true, Name = "sparrow-watchdog" };
        _thread.Start();
    }

    /// <summary>Whether the watchdog ended the current (or last) task.</summary>
    public bool Fired
    {
        get
        {
            lock (_gate)
            {
                return _firedTask == _task;
            }
        }
    }

    public void Begin()
    {
        lock (_gate)
        {
            _task++;
            _deadline = Stopwatch.GetTimestamp() + (long)(_limit.TotalSeconds * Stopwatch.Frequency);
            Monitor.Pulse(_gate);
        }
    }

    public void End()
    {
        lock (_gate)
        {
            _deadline = 0;
        }
    }

    private void Watch()
    {
        lock (_gate)
        {
            while (!_disposed)
            {
                if (_deadline == 0)
                {
                    Monitor.Wait(_gate);
                    continue;
                }

                var remaining = _deadline - Stopwatch.GetTimestamp();
                if (remaining > 0)
                {
                    Monitor.Wait(_gate, TimeSpan.FromSeconds((double)remaining / Stopwatch.Frequency) + TimeSpan.FromMilliseconds(1));
                    continue;
                }

                // Under the lock, End() cannot slip in between: either the task is still running
                // and is ended, or the shim records a pending termination that the next task clears.
                _firedTask = _task;
                _deadline = 0;
                NativeMethods.sp_runtime_terminate(_runtime);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join();
    }
}
