using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

/// <summary>
/// A V8 isolate with one context, owned by a dedicated logic thread that runs an event loop:
/// posted tasks and timers run one at a time, each followed by a microtask checkpoint and the
/// end-of-task hooks (where the op batch of the task is flushed). Every member is safe to call
/// from any thread unless it says otherwise; JS itself only ever runs on the logic thread.
/// </summary>
/// <remarks>
/// Entry point: <see cref="Start"/>. Precondition: the native shim (libsparrow_v8.so) was built
/// by set-up and sits next to the application.
/// </remarks>
public sealed partial class JsRuntime : IDisposable
{
    private const int LogicThreadStackBytes = 8 * 1024 * 1024;

    private readonly Thread _thread;
    private readonly object _nativeGate = new();
    private readonly ConcurrentQueue<Action> _posted = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<TaskCompletionSource> _idleWaiters = [];
    private readonly List<(double Deadline, TaskCompletionSource<bool> Done)> _drainWaiters = [];
    private readonly Dictionary<nint, JsContext> _contexts = [];
    private readonly List<Action<JsContext>> _endOfTask = [];
    private readonly TimerQueue _timers = new();
    private readonly IClock _clock;
    private volatile bool _stopping;
    private int _disposed;
    private nint _runtime;
    private GCHandle _self;
    private JsContext? _context;
    private Watchdog? _watchdog;
    private JsFunction? _fireTimer;
    private ModuleResolver? _modules;

    private JsRuntime(JsRuntimeOptions options)
    {
        Options = options;
        _clock = options.Clock ?? new RealClock();
        CodeCache = options.CodeCacheDirectory is null ? null : new CodeCache(options.CodeCacheDirectory, EngineVersion);
        // V8 lets JS use about 1 MiB of this thread's stack; give it room so deep recursion ends in
        // a RangeError instead of overflowing the thread.
        _thread = new Thread(ThreadMain, LogicThreadStackBytes) { IsBackground = true, Name = "sparrow-logic" };
    }

    public JsRuntimeOptions Options { get; }

    public IClock Clock => _clock;

    public CodeCache? CodeCache { get; }

    /// <summary>The shim's ABI and V8 version, e.g. <c>sparrow_v8 1 / V8 10.2.154.26-node.36</c>.</summary>
    public static unsafe string EngineVersion
    {
        get
        {
            EnsurePlatform(null);
            return Marshal.PtrToStringUTF8((nint)NativeMethods.sp_version()) ?? "unknown";
        }
    }

    /// <summary>The runtime's context. Logic thread only (inside a task).</summary>
    public JsContext Context
    {
        get
        {
            VerifyThread();
            return _context ?? throw new InvalidOperationException("The runtime has no context.");
        }
    }

    /// <summary>Whether the watchdog ended the task that is running (or ran last).</summary>
    internal bool WatchdogFired => _watchdog?.Fired ?? false;

    /// <summary>Creates the isolate on a new logic thread and runs the prelude. Throws if V8 cannot start.</summary>
    public static JsRuntime Start(JsRuntimeOptions? options = null)
    {
        var runtime = new JsRuntime(options ?? new JsRuntimeOptions());
        runtime._thread.Start();
        runtime._started.Task.GetAwaiter().GetResult();
        return runtime;
    }

    /// <summary>Runs <paramref name="work"/> as a task on the logic thread.</summary>
    public Task<T> InvokeAsync<T>(Func<JsContext, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(() =>
        {
            T result = default!;
            Exception? failure = null;
            RunTask(context =>
            {
                try
                {
                    result = work(context);
                }
#pragma warning disable CA1031 // The caller's exception is handed back through the task.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = e;
                }
            });
            if (failure is null)
            {
                done.SetResult(result);
            }
            else
            {
                done.SetException(failure);
            }
        }, () => done.TrySetCanceled());
        return done.Task;
    }

    public Task InvokeAsync(Action<JsContext> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return InvokeAsync<bool>(context =>
        {
            work(context);
            return true;
        });
    }

    /// <summary>Runs a classic script as a task, with code cache when the runtime has one.</summary>
    public Task<JsCompletion> EvaluateAsync(string source, string origin = "<eval>") =>
        InvokeAsync(context => context.Run(source, origin, new JsScriptOptions(UseCodeCache: true)));

    /// <summary>Completes when no task is queued and no timer is due (now, on this runtime's clock).</summary>
    public Task RunUntilIdleAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_idleWaiters)
        {
            _idleWaiters.Add(done);
        }

        _wake.Set();
        return done.Task;
    }

    /// <summary>
    /// Completes when no task is queued and no timer is pending at all. A virtual clock jumps to
    /// each next timer; a real clock waits for it. Intervals never let this complete, so callers
    /// pass a time limit (on the runtime's clock) after which it completes anyway with false.
    /// </summary>
    public Task<bool> RunToCompletionAsync(TimeSpan limit)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(() =>
        {
            lock (_idleWaiters)
            {
                _drainWaiters.Add((_clock.NowMilliseconds + limit.TotalMilliseconds, done));
            }
        }, () => done.TrySetResult(false));
        return done.Task;
    }

    /// <summary>
    /// Advances a virtual clock by <paramref name="duration"/>, firing every timer due on the way, in
    /// order, each at its own time. Throws for a real clock.
    /// </summary>
    public Task AdvanceTimeAsync(TimeSpan duration)
    {
        if (_clock is not VirtualClock clock)
        {
            throw new InvalidOperationException("Only a runtime with a virtual clock can be advanced.");
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(() =>
        {
            var target = clock.NowMilliseconds + duration.TotalMilliseconds;
            while (!_stopping && _timers.TryPeekDue(out var due) && due <= target)
            {
                clock.AdvanceTo(due);
                RunDueTimer();
            }

            clock.AdvanceTo(target);
            done.SetResult();
        }, () => done.TrySetCanceled());
        return done.Task;
    }

    /// <summary>Adds work that runs after every task and its microtasks (e.g. flushing an op batch). Logic thread only.</summary>
    public void AddEndOfTaskHook(Action<JsContext> hook)
    {
        VerifyThread();
        _endOfTask.Add(hook);
    }

    /// <summary>V8 heap figures. Logic thread only.</summary>
    public unsafe HeapStatistics GetHeapStatistics()
    {
        VerifyThread();
        SpHeapStats stats;
        NativeMethods.sp_runtime_heap_stats(_runtime, &stats);
        return new HeapStatistics(stats.UsedBytes, stats.TotalBytes, stats.LimitBytes, stats.ExternalBytes);
    }

    /// <summary>Stops the loop (ending any running JS), then frees the isolate on the logic thread.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (Thread.CurrentThread == _thread)
        {
            throw new InvalidOperationException("A runtime cannot be disposed from its own logic thread.");
        }

        _stopping = true;
        lock (_nativeGate)
        {
            // Under the gate: the logic thread cannot be disposing the isolate meanwhile.
            if (_runtime != 0)
            {
                NativeMethods.sp_runtime_terminate(_runtime);
            }
        }

        _wake.Set();
        if (_thread.IsAlive)
        {
            _thread.Join();
        }

        _wake.Dispose();
    }

    internal void VerifyThread()
    {
        if (Thread.CurrentThread != _thread)
        {
            ThrowHelper.InvalidOperation("JS contexts may only be used on their runtime's logic thread; post work with JsRuntime.InvokeAsync.");
        }
    }

    internal void Report(Diagnostic diagnostic) => Options.Diagnostics?.Report(diagnostic);

    internal void Forget(JsContext context) => _contexts.Remove(context.NativeHandle);

    private void Enqueue(Action run, Action cancel)
    {
        if (_stopping)
        {
            cancel();
            return;
        }

        _posted.Enqueue(() =>
        {
            if (_stopping)
            {
                cancel();
            }
            else
            {
                run();
            }
        });
        _wake.Set();
        if (_stopping && _posted.TryDequeue(out var late))
        {
            late(); // raced with shutdown: cancels itself
        }
    }
}
