using System;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

public sealed partial class JsRuntime
{
    private void ThreadMain()
    {
        try
        {
            Initialize();
        }
#pragma warning disable CA1031 // Start-up failures are handed to the thread that called Start.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ShutdownNative();
            _started.SetException(e is DllNotFoundException
                ? new InvalidOperationException("The V8 shim libsparrow_v8.so was not found next to the application; run the set-up (./dev setup).", e)
                : e);
            return;
        }

        _started.SetResult();
        try
        {
            Loop();
        }
        finally
        {
            while (_posted.TryDequeue(out var item))
            {
                item(); // each cancels itself: _stopping is set
            }

            CompleteIdleWaiters();
            lock (_idleWaiters)
            {
                _drainWaiters.ForEach(static w => w.Done.TrySetResult(false));
                _drainWaiters.Clear();
            }

            ShutdownNative();
        }
    }

    private void Loop()
    {
        while (true)
        {
            if (_posted.TryDequeue(out var item))
            {
                item();
                continue;
            }

            if (_stopping)
            {
                return;
            }

            if (RunDueTimer())
            {
                continue;
            }

            CompleteIdleWaiters();
            if (AdvanceForDrainWaiters())
            {
                continue;
            }

            var wait = Timeout.Infinite;
            if (!_clock.IsVirtual && _timers.TryPeekDue(out var due))
            {
                wait = (int)Math.Clamp(Math.Ceiling(due - _clock.NowMilliseconds), 0, int.MaxValue);
            }

            wait = LimitWaitForDrainWaiters(wait);

            if (_posted.IsEmpty && !_stopping)
            {
                _wake.WaitOne(wait);
            }
        }
    }

    /// <summary>
    /// One task: the body, then the microtask checkpoint, under the watchdog; then end-of-task hooks
    /// and the unhandled-rejection report. A pending termination from the last task is cleared first.
    /// </summary>
    private void RunTask(Action<JsContext> body)
    {
        var context = _context!;
        NativeMethods.sp_runtime_clear_terminate(_runtime);
        _watchdog!.Begin();
        try
        {
            body(context);
            // A task the watchdog ended has been reported already; its queued microtasks wait for
            // the next checkpoint (the shim refuses to run JS until the next task clears the flag).
            if (!_watchdog.Fired)
            {
                var microtasks = context.RunMicrotasks();
                if (!microtasks.IsOk)
                {
                    Report(microtasks.Error.ToDiagnostic());
                }
            }
        }
        finally
        {
            _watchdog.End();
        }

        foreach (var hook in _endOfTask)
        {
            hook(context);
        }

        ReportRejections();
    }

    /// <summary>Fires the earliest timer that is due on the runtime's clock, if any.</summary>
    private bool RunDueTimer()
    {
        if (!_timers.TryTakeDue(_clock.NowMilliseconds, out var id, out var due, out var interval))
        {
            return false;
        }

        RunTask(_ =>
        {
            var fired = _fireTimer!.Call(JsValue.FromNumber(id));
            if (!fired.IsOk)
            {
                ReportTimerError(fired.Error);
            }
        });
        if (interval > 0 && _timers.IsActive(id))
        {
            _timers.Add(id, Math.Max(due + interval, _clock.IsVirtual ? 0 : _clock.NowMilliseconds), interval);
        }

        return true;
    }

    private void CompleteIdleWaiters()
    {
        TaskCompletionSource[] waiters;
        lock (_idleWaiters)
        {
            if (_idleWaiters.Count == 0)
            {
                return;
            }

            waiters = _idleWaiters.ToArray();
            _idleWaiters.Clear();
        }

        foreach (var waiter in waiters)
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>
    /// With nothing runnable: completes drain waiters once no timer is pending (or their deadline
    /// passed); on a virtual clock, jumps to the next timer while someone waits for completion.
    /// Returns true when it moved the clock (so the loop should look for work again).
    /// </summary>
    private bool AdvanceForDrainWaiters()
    {
        lock (_idleWaiters)
        {
            if (_drainWaiters.Count == 0)
            {
                return false;
            }

            var pending = _timers.TryPeekDue(out var due);
            var now = _clock.NowMilliseconds;
            for (var i = _drainWaiters.Count - 1; i >= 0; i--)
            {
                var (deadline, done) = _drainWaiters[i];
                if (!pending || now >= deadline || (_clock.IsVirtual && due > deadline))
                {
                    done.TrySetResult(!pending);
                    _drainWaiters.RemoveAt(i);
                }
            }

            if (pending && _drainWaiters.Count > 0 && _clock is VirtualClock clock)
            {
                clock.AdvanceTo(due);
                return true;
            }

            return false;
        }
    }

    private int LimitWaitForDrainWaiters(int wait)
    {
        lock (_idleWaiters)
        {
            foreach (var (deadline, _) in _drainWaiters)
            {
                var ms = (int)Math.Clamp(Math.Ceiling(deadline - _clock.NowMilliseconds), 0, int.MaxValue);
                wait = wait == Timeout.Infinite ? ms : Math.Min(wait, ms);
            }
        }

        return wait;
    }

    private void ShutdownNative()
    {
        _fireTimer?.Dispose();
        _fireTimer = null;
        _context?.Dispose();
        _context = null;
        _watchdog?.Dispose();
        _watchdog = null;
        lock (_nativeGate)
        {
            if (_runtime != 0)
            {
                NativeMethods.sp_runtime_dispose(_runtime);
                _runtime = 0;
            }
        }

        if (_self.IsAllocated)
        {
            _self.Free();
        }

        _timers.Clear();
    }

    private void ReportTimerError(JsError error) =>
        Report(Diagnostic.Error(error.Code, "In a timer callback: " + error.Message, error.Location, error.Stack));
}
