using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Scene;

namespace Sparrow.Benchmarks.Gpu;

/// <summary>
/// <c>--texture-uploads N SIZE</c>: the render thread's cost of image uploads, per frame, on each path
/// (<see cref="TextureUploadPath"/>). Frames of a 375×667 page are drawn back to back; one decoded
/// SIZE² image arrives per frame until N have (as decodes finish on a page of pictures) and the frames
/// go on until every texture is ready. Prints, per path, the render-thread time spent in
/// <see cref="GlesRenderer.UploadTexture"/> and <see cref="GlesRenderer.PollUploads"/> per frame (median,
/// max, total), the whole frame's time (median, max: upload, draw and <c>glFinish</c>) and how many frames
/// passed before the last image was ready. Each path runs once to warm up, then is measured.
/// Timings, not assertions: the figures go into src/Sparrow.Gpu/README.md.
/// </summary>
internal static class TextureUploadBench
{
    private const int Width = 375;
    private const int Height = 667;

    public static void Run(int count, int size)
    {
        using var device = EglDevice.TryCreateHeadless(out var failure);
        if (device is null)
        {
            Console.WriteLine("no headless EGL context: " + failure?.Message);
            Environment.ExitCode = 1;
            return;
        }

        Console.WriteLine($"{device.Renderer}; {count} images of {size}²; {Width}x{Height} frames");
        var images = Enumerable.Range(0, count).Select(i => Picture(size, i)).ToArray();
        foreach (var path in new[] { TextureUploadPath.RenderThread, TextureUploadPath.SharedContext })
        {
            Measure(device, path, images); // warm-up: JIT, driver caches
            var result = Measure(device, path, images);
            Console.WriteLine(result);
        }
    }

    private static string Measure(EglDevice device, TextureUploadPath path, RgbaImage[] images)
    {
        using var renderer = GlesRenderer.TryCreate(device, new DiagnosticBag(), path)
            ?? throw new InvalidOperationException("the shaders failed");
        using var surface = new OffscreenSurface(device, Width, Height);
        var builder = new SceneBuilder();
        var textures = new List<TextureId>();
        var uploadMs = new List<double>();
        var frameMs = new List<double>();
        var readyAt = -1;
        for (var frame = 0; readyAt < 0; frame++)
        {
            var started = Stopwatch.GetTimestamp();
            var before = renderer.UploadTime;
            if (frame < images.Length)
            {
                textures.Add(renderer.UploadTexture(images[frame]));
            }

            renderer.PollUploads();
            uploadMs.Add((renderer.UploadTime - before).TotalMilliseconds);
            builder.Begin(new Size(Width, Height));
            builder.AddQuad(Quad.Fill(new Rect(0, 0, Width, Height), new Color(245, 245, 245, 255)));
            var ready = 0;
            for (var i = 0; i < textures.Count; i++)
            {
                if (renderer.IsTextureReady(textures[i]))
                {
                    builder.AddImage(ImageSprite.Create(new Rect(i % 4 * 92, i / 4 * 92, 88, 88), textures[i]));
                    ready++;
                }
                else
                {
                    builder.AddQuad(Quad.Fill(new Rect(i % 4 * 92, i / 4 * 92, 88, 88), new Color(220, 220, 220, 255))); // not uploaded yet: a grey box, as Paint draws a loading image
                }
            }

            renderer.Draw(builder.End(), surface, Color.White);
            Sparrow.Gpu.Interop.Gl.glFinish();
            frameMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (ready == images.Length)
            {
                readyAt = frame;
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{path,-13}: upload on the render thread per frame median {Median(uploadMs):F3} ms, max {uploadMs.Max():F3} ms, total {uploadMs.Sum():F1} ms; " +
            $"frame median {Median(frameMs):F2} ms, max {frameMs.Max():F2} ms; all {images.Length} ready at frame {readyAt} (0-based)");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>A gradient picture with some translucent texels, different per image.</summary>
    private static RgbaImage Picture(int size, int seed)
    {
        var image = new RgbaImage(size, size);
        var p = image.Pixels;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var i = ((y * size) + x) * 4;
                p[i] = (byte)(x + seed);
                p[i + 1] = (byte)(y * 3);
                p[i + 2] = (byte)((x ^ y) + (seed * 17));
                p[i + 3] = (byte)((x + y) % 7 == 0 ? 128 : 255);
            }
        }

        return image;
    }
}
