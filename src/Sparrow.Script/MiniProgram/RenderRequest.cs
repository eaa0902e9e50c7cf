namespace Sparrow.Script.MiniProgram;

/// <summary>
/// Something a page asks of the render side (docs/queries.md): <c>query</c> (one
/// <c>SelectorQuery.exec</c>), <c>scrollTo</c> (<c>wx.pageScrollTo</c>), <c>pageConfig</c> (which
/// scroll events the page wants), <c>observe</c> / <c>unobserve</c> (intersection observers),
/// <c>shell</c> (toasts, dialogs, navigation bar and tabBar changes; docs/shell.md).
/// Delivered through <see cref="MiniProgramRuntimeOptions.OnRenderRequest"/>, in order with the
/// page's op batches.
/// </summary>
/// <param name="PageId">The page's <c>__wxWebviewId__</c>.</param>
/// <param name="Id">The id the answer settles (<see cref="MiniProgramRuntime.AnswerRenderRequest"/>); 0 when none is wanted.</param>
/// <param name="Kind">What is asked.</param>
/// <param name="Json">The request's operands, a JSON object.</param>
public readonly record struct RenderRequest(int PageId, int Id, string Kind, string Json);
