using System;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// WebRender's reftest fuzz: an image matches when no channel of any pixel differs by more than
/// <c>maxDifference</c> and at most <c>maxPixels</c> pixels differ at all.
/// </summary>
internal readonly record struct ImageComparison(int MaxDifference, int DifferingPixels)
{
    public static ImageComparison Compare(RgbaImage expected, RgbaImage actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            throw new ArgumentException($"Sizes differ: expected {expected.Width}x{expected.Height}, actual {actual.Width}x{actual.Height}.");
        }

        int max = 0, count = 0;
        var e = expected.Pixels;
        var a = actual.Pixels;
        for (var i = 0; i < e.Length; i += 4)
        {
            var d = 0;
            for (var c = 0; c < 4; c++)
            {
                d = Math.Max(d, Math.Abs(e[i + c] - a[i + c]));
            }

            if (d > 0)
            {
                count++;
                max = Math.Max(max, d);
            }
        }

        return new ImageComparison(max, count);
    }

    /// <summary>A picture of the differences: black where equal, red scaled by the difference elsewhere.</summary>
    public static RgbaImage Diff(RgbaImage expected, RgbaImage actual)
    {
        var diff = new RgbaImage(expected.Width, expected.Height);
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var p = expected[x, y];
                var q = actual[x, y];
                var d = Math.Max(Math.Max(Math.Abs(p.R - q.R), Math.Abs(p.G - q.G)), Math.Max(Math.Abs(p.B - q.B), Math.Abs(p.A - q.A)));
                diff[x, y] = d == 0 ? new Sparrow.Core.Color(0, 0, 0, 255) : new Sparrow.Core.Color((byte)Math.Min(255, 64 + (d * 4)), 0, 0, 255);
            }
        }

        return diff;
    }

    /// <summary>Expected, actual and diff side by side, each scaled up <paramref name="scale"/> times (nearest), for a person to look at.</summary>
    public static RgbaImage SideBySide(RgbaImage expected, RgbaImage actual, int scale)
    {
        var diff = Diff(expected, actual);
        int w = expected.Width, h = expected.Height;
        var sheet = new RgbaImage((w * 3 * scale) + (2 * scale), h * scale);
        var panels = new[] { expected, actual, diff };
        for (var p = 0; p < 3; p++)
        {
            for (var y = 0; y < h * scale; y++)
            {
                for (var x = 0; x < w * scale; x++)
                {
                    sheet[(p * ((w * scale) + scale)) + x, y] = panels[p][x / scale, y / scale];
                }
            }
        }

        return sheet;
    }
}
