using System;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>Pixel comparisons for RGBA8 buffers of the same size (the paint tolerance is a max channel difference of 2).</summary>
internal static class ImageDiff
{
    public static int MaxChannelDifference(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.Length != actual.Length)
        {
            return int.MaxValue;
        }

        var max = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            max = Math.Max(max, Math.Abs(expected[i] - actual[i]));
        }

        return max;
    }

    public static int NonWhite(ReadOnlySpan<byte> rgba)
    {
        var count = 0;
        for (var i = 0; i + 3 < rgba.Length; i += 4)
        {
            if (rgba[i] != 255 || rgba[i + 1] != 255 || rgba[i + 2] != 255)
            {
                count++;
            }
        }

        return count;
    }
}
