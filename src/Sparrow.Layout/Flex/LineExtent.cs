using System;

namespace Sparrow.Layout;

/// <summary>
/// What one placed flex line contributes to its container's output: the right and bottom edges of its items'
/// visible margin boxes (relative to the container's border box) and, for the first line, the container's
/// first baseline (NaN on other lines).
/// </summary>
internal readonly record struct LineExtent(float Right, float Bottom, float Baseline)
{
    /// <summary>Both lines' extents; the baseline is the first one that has one (only the first line does).</summary>
    public LineExtent Union(LineExtent other) =>
        new(Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom), float.IsNaN(Baseline) ? other.Baseline : Baseline);
}
