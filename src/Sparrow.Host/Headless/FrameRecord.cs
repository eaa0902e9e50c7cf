using System;

namespace Sparrow.Host.Headless;

/// <summary>
/// What one frame did and how long each stage took (CPU wall time on the render thread, ms):
/// applying op batches, style, layout, text, paint (scene build), raster (GL submission), and
/// readback when the frame was captured. <see cref="GpuMs"/> is the GPU time of an earlier frame that
/// came back from the timer queries during this one (null without timer queries or before a result).
/// </summary>
public readonly record struct FrameRecord(
    int Index,
    double ClockMs,
    int Batches,
    int Restyled,
    int Boxes,
    int DrawCalls,
    int Instances,
    double ApplyMs,
    double StyleMs,
    double LayoutMs,
    double TextMs,
    double PaintMs,
    double RasterMs,
    double ReadbackMs,
    double? GpuMs = null)
{
    /// <summary>CPU time of the frame without raster and readback (what the frame budget is measured on).</summary>
    public double CpuMs => ApplyMs + StyleMs + LayoutMs + TextMs + PaintMs;

    public static double Ms(TimeSpan t) => t.TotalMilliseconds;
}
