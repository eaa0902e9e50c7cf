using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Headless;

/// <summary>
/// One item on the logic → render queue: an op batch of a page, or a page lifecycle event; they
/// keep the order the logic thread produced them in.
/// </summary>
public readonly record struct RenderMessage(PageOpBatch Batch, PageEvent? Event)
{
    public static RenderMessage Of(PageOpBatch batch) => new(batch, null);

    public static RenderMessage Of(PageEvent pageEvent) => new(default, pageEvent);
}
