namespace Sparrow.Script.MiniProgram;

/// <summary>
/// A page's lifecycle as the host needs it to know which page is on top: opened, shown, hidden,
/// closed. Delivered through <see cref="MiniProgramRuntimeOptions.OnPage"/>, in order with the
/// page's op batches.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="PageId">The page's <c>__wxWebviewId__</c>; unique within a runtime, never reused.</param>
/// <param name="Route">The page's route, without a leading slash or query (<c>pages/index/index</c>).</param>
public readonly record struct PageEvent(PageEventKind Kind, int PageId, string Route);
