namespace Sparrow.Script.MiniProgram;

/// <summary>
/// One batch of a page's op stream (docs/op-stream.md), from the logic thread to the render
/// thread: the page is one connection of the stream, with its own name table and handle space
/// (handle 1 is its root), and its first batch sets the reset flag.
/// </summary>
/// <param name="PageId">The page (its <c>__wxWebviewId__</c>, as in <see cref="PageEvent.PageId"/>).</param>
/// <param name="Bytes">The whole batch, header included; a fresh array the receiver owns.</param>
/// <param name="Timestamp">
/// When the batch left the logic thread (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>, at
/// the end of the task that wrote it, or when another page's writer cut it): the render side measures
/// setData→frame latency from it. 0 when unknown (a replayed capture).
/// </param>
public readonly record struct PageOpBatch(int PageId, byte[] Bytes, long Timestamp = 0);
