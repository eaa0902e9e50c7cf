using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Sparrow.Layout;

/// <summary>
/// One background thread per process with a stack large enough for <see cref="LayoutEngine.MaxDepth"/> levels
/// of layout (about 1.8 KiB each: 29 MiB), reserved at 64 MiB; Linux and Windows commit stack pages only as
/// they are touched, so a shallow pass costs no memory for the reserve. Callers hand it work one at a time
/// and wait for it (passes from several threads queue on a lock).
/// </summary>
public static class LayoutThread
{
    /// <summary>The stack reserved for the thread: twice what <see cref="LayoutEngine.MaxDepth"/> levels take.</summary>
    public const int StackBytes = 64 * 1024 * 1024;

    private static readonly object s_gate = new();
    private static readonly AutoResetEvent s_start = new(false);
    private static readonly AutoResetEvent s_done = new(false);
    private static Thread? s_thread;
    private static Action? s_work;
    private static ExceptionDispatchInfo? s_error;

    /// <summary>Runs <paramref name="work"/> on the layout thread and returns when it has finished; its exception is rethrown here.</summary>
    public static void Run(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (s_gate)
        {
            if (s_thread is null)
            {
                s_thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "sparrow-layout" };
                s_thread.Start();
            }

            s_work = work;
            s_start.Set();
            s_done.WaitOne();
            var error = s_error;
            s_error = null;
            error?.Throw();
        }
    }

    private static void Loop()
    {
        while (true)
        {
            s_start.WaitOne();
            try
            {
                s_work!();
            }
            catch (Exception e)
            {
                s_error = ExceptionDispatchInfo.Capture(e);
            }

            s_work = null;
            s_done.Set();
        }
    }
}
