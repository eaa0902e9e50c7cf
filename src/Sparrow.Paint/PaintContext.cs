using Sparrow.Core;

namespace Sparrow.Paint;

/// <summary>
/// What one frame is painted for: the device pixel ratio (pushed as the outermost transform), the
/// viewport in CSS px (the scene's target is that size times the ratio) and the page's scroll offset
/// in CSS px (the page is painted translated by −scroll; <c>position: fixed</c> boxes are not).
/// </summary>
public readonly record struct PaintContext(float DevicePixelRatio, Size Viewport, Point Scroll = default)
{
    /// <summary>The target size in device pixels.</summary>
    public Size TargetSize => new(Viewport.Width * DevicePixelRatio, Viewport.Height * DevicePixelRatio);
}
