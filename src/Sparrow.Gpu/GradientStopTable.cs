using System;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// Writes a long gradient's stops into one row of the stop texture (RGBA32F): stop i takes texels 2i
/// (its color, premultiplied, as css-images-4 §3.5.2 interpolates) and 2i + 1 (its offset in x). The
/// gradient shader searches the row for the two stops around t, so hard edges stay exact at any box
/// size (a baked ramp of fixed width would smear them over a texel). No GL.
/// </summary>
public static class GradientStopTable
{
    /// <summary>Stops a row holds; longer gradients keep their first <c>MaxStops - 1</c> stops and their last.</summary>
    public const int MaxStops = 256;

    /// <summary>Texels per row: two per stop.</summary>
    public const int Width = MaxStops * 2;

    /// <summary>Floats per row (four per texel).</summary>
    public const int RowFloats = Width * 4;

    /// <summary>Writes <paramref name="stops"/> into <paramref name="row"/>; returns how many stops it holds.</summary>
    public static int Write(ReadOnlySpan<GradientStop> stops, Span<float> row)
    {
        if (stops.IsEmpty || row.Length < RowFloats)
        {
            ThrowHelper.Argument(nameof(row), "A stop row needs stops and room for 256 of them.");
        }

        var count = Math.Min(stops.Length, MaxStops);
        for (var i = 0; i < count; i++)
        {
            // Past the room, the last stop still ends the gradient.
            var stop = i == count - 1 ? stops[^1] : stops[i];
            var a = stop.Color.A / 255f;
            var at = i * 8;
            row[at] = stop.Color.R / 255f * a;
            row[at + 1] = stop.Color.G / 255f * a;
            row[at + 2] = stop.Color.B / 255f * a;
            row[at + 3] = a;
            row[at + 4] = stop.Offset;
            row[at + 5] = 0;
            row[at + 6] = 0;
            row[at + 7] = 0;
        }

        return count;
    }
}
