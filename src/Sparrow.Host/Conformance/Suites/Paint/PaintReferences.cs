using System;
using System.IO;
using Sparrow.Gpu;

namespace Sparrow.Host.Conformance.Suites.Paint;

/// <summary>
/// The paint suite's pass rule over Chromium's two raster paths. WeChat's WebView rasterises on the
/// GPU (Skia Ganesh), the committed <c>references/</c> come from Skia's software rasteriser, and the
/// two disagree along curves, dots, rotated edges and scaled images by more than some cases'
/// tolerances (conformance/paint/raster-spread.json). So a frame passes when it is within the case's
/// tolerance of either reference; a case without a GPU reference is held to the software one alone.
/// </summary>
internal static class PaintReferences
{
    /// <summary>
    /// Judges <paramref name="actual"/> against the software reference and, when there is one of the
    /// same size, the GPU reference; writes a difference image for each when a path is given.
    /// <paramref name="gpuNote"/> says why a GPU reference is absent (shown in the report).
    /// </summary>
    public static PaintMatch Judge(
        RgbaImage software,
        RgbaImage? gpu,
        RgbaImage actual,
        PaintTolerance tolerance,
        string? softwareDiffPath = null,
        string? gpuDiffPath = null,
        string? gpuNote = null)
    {
        ArgumentNullException.ThrowIfNull(software);
        ArgumentNullException.ThrowIfNull(actual);
        var soft = Compare(software, actual, tolerance.NoiseFloor, softwareDiffPath);
        if (gpu is not null && (gpu.Width != actual.Width || gpu.Height != actual.Height))
        {
            gpuNote = $"reference is {gpu.Width}×{gpu.Height}, frame {actual.Width}×{actual.Height}";
            gpu = null;
        }

        PixelDifference? onGpu = gpu is null ? null : Compare(gpu, actual, tolerance.NoiseFloor, gpuDiffPath);
        PaintReference? matched = soft.IsWithin(tolerance) ? PaintReference.Software
            : onGpu is { } g && g.IsWithin(tolerance) ? PaintReference.Gpu
            : null;
        return new PaintMatch(soft, onGpu, matched, gpu is null ? gpuNote ?? "reference missing" : null);
    }

    /// <summary>
    /// Reads an optional reference PNG: null, with the reason in <paramref name="note"/>, when the
    /// file is absent or does not decode.
    /// </summary>
    public static RgbaImage? TryLoad(string path, out string? note)
    {
        if (!File.Exists(path))
        {
            note = "reference missing";
            return null;
        }

        var image = PngDecoder.TryDecode(File.ReadAllBytes(path), path, out var diagnostic);
        note = image is null ? "reference unreadable: " + diagnostic : null;
        return image;
    }

    /// <summary>
    /// Largest channel difference (R, G, B) and the number of pixels with a channel off by more than
    /// <paramref name="noise"/>; writes a difference image: differing pixels red, the rest a faded copy of the frame.
    /// </summary>
    public static PixelDifference Compare(RgbaImage expected, RgbaImage actual, int noise, string? diffPath)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var e = expected.Pixels;
        var a = actual.Pixels;
        var diff = diffPath is null ? null : new RgbaImage(actual.Width, actual.Height);
        var maxDiff = 0;
        var differing = 0;
        for (var i = 0; i < a.Length; i += 4)
        {
            var d = Math.Max(Math.Abs(e[i] - a[i]), Math.Max(Math.Abs(e[i + 1] - a[i + 1]), Math.Abs(e[i + 2] - a[i + 2])));
            maxDiff = Math.Max(maxDiff, d);
            var off = d > noise;
            differing += off ? 1 : 0;
            if (diff is not null)
            {
                var p = diff.Pixels;
                var grey = (byte)(255 - ((255 - ((a[i] + a[i + 1] + a[i + 2]) / 3)) / 4));
                (p[i], p[i + 1], p[i + 2], p[i + 3]) = off ? ((byte)255, (byte)0, (byte)0, (byte)255) : (grey, grey, grey, (byte)255);
            }
        }

        if (diff is not null)
        {
            PngWriter.WriteFile(diff, diffPath!);
        }

        return new PixelDifference(maxDiff, differing);
    }
}
