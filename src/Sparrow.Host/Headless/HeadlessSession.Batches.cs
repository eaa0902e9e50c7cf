using Sparrow.Gpu;

namespace Sparrow.Host.Headless;

public sealed partial class HeadlessSession
{
    /// <summary>
    /// How the last drawn frame was cut into draw calls (Scene's <c>BatchDump</c> text: each batch with
    /// why it started), or null before the first drawn frame. For <c>sparrow dump --batches</c>.
    /// </summary>
    public string? BatchText() => LastScene is null || _rasterizer is null ? null : _rasterizer.Renderer.LastPlanText(LastScene);

    /// <summary>
    /// For tests: draws the last frame's scene again, with the batch planner's reordering on or off
    /// (<see cref="GlesRenderer.ReorderBatches"/>), and reads it back; null before the first drawn frame.
    /// The scene is the same, so both pictures must be too.
    /// </summary>
    internal RgbaImage? RedrawLastScene(bool reorder)
    {
        if (LastScene is null || _rasterizer is null)
        {
            return null;
        }

        _rasterizer.Device.MakeCurrent();
        var renderer = _rasterizer.Renderer;
        var was = renderer.ReorderBatches;
        renderer.ReorderBatches = reorder;
        try
        {
            Rasterize(_rasterizer, LastScene, capture: true, pngPath: null, out _, out var pixels);
            return pixels;
        }
        finally
        {
            renderer.ReorderBatches = was;
        }
    }
}
