using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Headless;

/// <summary>
/// One item on the logic → render queue: an op batch of a page, a page lifecycle event or a render
/// request (a node query, …); they keep the order the logic thread produced them in.
/// </summary>
public readonly record struct RenderMessage(PageOpBatch Batch, PageEvent? Event, RenderRequest? Request = null)
{
    public static RenderMessage Of(PageOpBatch batch) => new(batch, null);

    public static RenderMessage Of(PageEvent pageEvent) => new(default, pageEvent);

    public static RenderMessage Of(RenderRequest request) => new(default, null, request);
}
