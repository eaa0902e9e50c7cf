using System;
using Sparrow.Host.Headless;

namespace Sparrow.Cli;

/// <summary>
/// Memory at the end of a <c>sparrow run</c>, in bytes: the managed heap after a full collection,
/// V8's heap (<see cref="Script.HeapStatistics"/>: used, total, external) and the process's resident set.
/// </summary>
internal readonly record struct RunMemory(long ManagedBytes, long V8UsedBytes, long V8TotalBytes, long V8ExternalBytes, long ResidentBytes)
{
    /// <summary>Reads the figures of <paramref name="session"/>'s process now (V8's on its logic thread).</summary>
    public static RunMemory Of(HeadlessSession session)
    {
        var heap = session.OnLogicThread(runtime => runtime.Js.InvokeAsync(_ => runtime.Js.GetHeapStatistics()));
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        return new RunMemory(managed, heap.UsedBytes, heap.TotalBytes, heap.ExternalBytes, Environment.WorkingSet);
    }
}
