using System;
using System.Diagnostics;
using System.IO;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Images;
using Sparrow.Host.Rendering;
using Sparrow.Host.Tests.Headless;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// <see cref="PackageImageSource"/> over a renderer that uploads on its own thread: an image is ready,
/// and handed to Paint, only once its texture is complete; until then it is loading (Paint's placeholder).
/// </summary>
public sealed class PackageImageUploadTests : IDisposable
{
    private const int Count = 6;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sparrow-upload-" + Guid.NewGuid().ToString("N"));
    private readonly DiagnosticBag _diagnostics = new();

    public PackageImageUploadTests()
    {
        Directory.CreateDirectory(_root);
        for (var i = 0; i < Count; i++)
        {
            PngWriter.WriteFile(Solid(256, 256, ColorOf(i)), Path.Combine(_root, $"p{i}.png"));
        }
    }

    [EglFact]
    public void Images_turn_ready_only_with_a_complete_texture_and_draw_their_pixels()
    {
        using var raster = FrameRasterizer.TryCreate(16, 16, _diagnostics) ?? throw new InvalidOperationException("no GPU");
        Assert.Equal(TextureUploadPath.SharedContext, raster.Renderer.UploadPath);
        using var images = new PackageImageSource(_root, raster.Renderer, _diagnostics);
        for (var i = 0; i < Count; i++)
        {
            images.Request($"/p{i}.png");
        }

        // Frames as an interactive host runs them: pump, never wait, and check what Paint would be given.
        var watch = Stopwatch.StartNew();
        var ready = 0;
        while (ready < Count)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "the images never became ready");
            images.Pump();
            ready = 0;
            for (var i = 0; i < Count; i++)
            {
                var state = images.StateOf($"/p{i}.png", out _, out _, out _);
                var handed = images.TryGetImage($"/p{i}.png", out var texture, out var width, out var height);
                Assert.Equal(state == ImageLoadState.Ready, handed);
                if (handed)
                {
                    Assert.True(raster.Renderer.IsTextureReady(texture));
                    Assert.Equal((256, 256), (width, height));
                    ready++;
                }
            }

            Assert.Equal(Count - ready, images.Loading);
        }

        Assert.Equal(0, raster.Renderer.PendingUploads);
        for (var i = 0; i < Count; i++)
        {
            Assert.True(images.TryGetImage($"/p{i}.png", out var texture, out _, out _));
            var builder = new SceneBuilder();
            builder.Begin(new Size(16, 16));
            builder.AddImage(ImageSprite.Create(new Rect(0, 0, 16, 16), texture));
            raster.Draw(builder.End(), Color.White);
            Assert.Equal(ColorOf(i), raster.ReadPixels()[8, 8]);
        }

        Assert.Empty(_diagnostics.Snapshot());
    }

    [EglFact]
    public void Waiting_for_loads_waits_for_the_uploads_too()
    {
        using var raster = FrameRasterizer.TryCreate(16, 16, _diagnostics) ?? throw new InvalidOperationException("no GPU");
        using var images = new PackageImageSource(_root, raster.Renderer, _diagnostics);
        for (var i = 0; i < Count; i++)
        {
            images.Request($"/p{i}.png");
        }

        images.WaitForLoads(TimeSpan.FromSeconds(10));
        Assert.Equal(0, images.Loading);
        for (var i = 0; i < Count; i++)
        {
            Assert.True(images.TryGetImage($"/p{i}.png", out var texture, out _, out _));
            Assert.True(raster.Renderer.IsTextureReady(texture));
        }
    }

    [EglFact]
    public void Disposing_the_source_mid_upload_leaves_the_renderer_nothing_pending()
    {
        using var raster = FrameRasterizer.TryCreate(16, 16, _diagnostics) ?? throw new InvalidOperationException("no GPU");
        var images = new PackageImageSource(_root, raster.Renderer, _diagnostics);
        for (var i = 0; i < Count; i++)
        {
            images.Request($"/p{i}.png");
        }

        // Pump until every decode was handed over; some uploads are usually still under way.
        var watch = Stopwatch.StartNew();
        while (images.Loading > raster.Renderer.PendingUploads)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "the decodes never finished");
            images.Pump();
        }

        images.Dispose();
        Assert.Equal(0, raster.Renderer.PendingUploads);
        Assert.True(raster.Renderer.WaitForUploads(TimeSpan.Zero));
        Assert.Equal(0u, GlesRenderer.TakeGlError());
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    private static RgbaImage Solid(int width, int height, Color color)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = color;
            }
        }

        return image;
    }

    private static Color ColorOf(int i) => new((byte)(40 * i), (byte)(200 - (30 * i)), 90, 255);
}
