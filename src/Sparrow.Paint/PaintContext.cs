using System;
using Sparrow.Core;

namespace Sparrow.Paint;

/// <summary>
/// What one frame is painted for: the device pixel ratio (pushed as the outermost transform), the
/// viewport in CSS px (the scene's target is that size times the ratio) and the page's scroll offset
/// in CSS px (the page is painted translated by −scroll; <c>position: fixed</c> boxes are not).
/// </summary>
public readonly record struct PaintContext(float DevicePixelRatio, Size Viewport, Point Scroll = default)
{
    /// <summary>
    /// The target size in whole device pixels: the viewport times the ratio, rounded as the frame
    /// buffer's size is (a 412 CSS px viewport at 2.625 is 1,082 device px wide, not 1,081.5).
    /// </summary>
    public Size TargetSize => new(MathF.Round(Viewport.Width * DevicePixelRatio), MathF.Round(Viewport.Height * DevicePixelRatio));
}
