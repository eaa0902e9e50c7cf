using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// Image textures uploaded from the renderer's second, shared context on its upload thread
/// (<see cref="TextureUploader"/>, GlesRenderer.Uploads.cs), against the render-thread upload.
/// </summary>
public class TextureUploadTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [EglFact]
    public void Llvmpipe_uploads_from_a_shared_context_without_a_surface()
    {
        using var gpu = new GpuHarness(4, 4);
        Assert.Equal(TextureUploadPath.SharedContext, gpu.Renderer.UploadPath);
        Assert.Null(gpu.Renderer.UploadPathReason);
        Assert.False(gpu.Renderer.UploadsUsePbuffer);
        Assert.True(gpu.Renderer.Uploader!.IsRunning);
    }

    [EglFact]
    public void An_image_uploaded_by_the_thread_draws_the_same_bytes_as_one_uploaded_on_the_render_thread()
    {
        using var gpu = new GpuHarness(40, 30);
        var image = Pattern(40, 30, seed: 3);
        var threaded = gpu.Renderer.UploadTexture(image);
        Assert.True(gpu.Renderer.WaitForUploads(Limit));
        Assert.True(gpu.Renderer.IsTextureReady(threaded));
        var onRenderThread = gpu.Renderer.CreateTexture(image);

        var fromThread = gpu.Render(b => b.AddImage(ImageSprite.Create(new Rect(0, 0, 40, 30), threaded)), Color.White);
        var fromRenderThread = gpu.Render(b => b.AddImage(ImageSprite.Create(new Rect(0, 0, 40, 30), onRenderThread)), Color.White);
        Assert.Equal(fromRenderThread.Pixels, fromThread.Pixels);
        Assert.NotEqual(Color.White, fromThread[5, 5]); // the image was drawn at all
        Assert.Equal(new Size(40, 30), gpu.Renderer.TextureSize(threaded));
    }

    [EglFact]
    public void A_held_back_upload_is_not_usable_and_a_frame_meanwhile_shows_the_placeholder()
    {
        using var gpu = new GpuHarness(16, 16);
        var uploader = gpu.Renderer.Uploader!;
        uploader.Hold();
        var texture = gpu.Renderer.UploadTexture(Solid(16, 16, new Color(255, 0, 0, 255)));
        for (var frame = 0; frame < 5; frame++)
        {
            Assert.Equal(0, gpu.Renderer.PollUploads());
            Assert.False(gpu.Renderer.IsTextureReady(texture));

            // What the image source draws while the image loads: its placeholder (here a grey box), not the image.
            var placeholder = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 16, 16), new Color(200, 200, 200, 255))), Color.White);
            Assert.Equal(new Color(200, 200, 200, 255), placeholder[8, 8]);
        }

        Assert.Equal(1, gpu.Renderer.PendingUploads);
        uploader.Resume();
        Assert.True(gpu.Renderer.WaitForUploads(Limit));
        Assert.Equal(0u, GlesRenderer.TakeGlError());
        Assert.True(gpu.Renderer.IsTextureReady(texture));
        var drawn = gpu.Render(b => b.AddImage(ImageSprite.Create(new Rect(0, 0, 16, 16), texture)), Color.White);
        Assert.Equal(new Color(255, 0, 0, 255), drawn[8, 8]);
    }

    [EglFact]
    public void A_scene_naming_a_texture_still_uploading_is_refused()
    {
        // The renderer's texture table learns the texture only once its fence signalled, so a scene that
        // names it earlier breaks Draw's precondition and is refused rather than drawn.
        using var gpu = new GpuHarness(8, 8);
        gpu.Renderer.Uploader!.Hold();
        var texture = gpu.Renderer.UploadTexture(Solid(8, 8, new Color(255, 0, 0, 255)));
        Assert.Equal(new Size(8, 8), gpu.Renderer.TextureSize(texture));
        Assert.Throws<ArgumentException>(() => gpu.Render(b => b.AddImage(ImageSprite.Create(new Rect(0, 0, 8, 8), texture))));

        // The refused frame closed its timer query and bindings: the next frame draws with no GL error.
        var next = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 8, 8), new Color(0, 0, 255, 255))), Color.White);
        Assert.Equal(0u, GlesRenderer.TakeGlError());
        Assert.Equal(new Color(0, 0, 255, 255), next[4, 4]);
    }

    [EglFact]
    public void Two_hundred_images_upload_while_frames_are_drawn()
    {
        const int count = 200;
        using var gpu = new GpuHarness(200, 40);
        var textures = new TextureId[count];
        var ready = new HashSet<int>();
        var frames = 0;
        var posted = 0;
        while (ready.Count < count)
        {
            Assert.True(frames++ < 10_000, "the uploads never finished");
            for (var i = 0; i < 10 && posted < count; i++, posted++)
            {
                textures[posted] = gpu.Renderer.UploadTexture(Solid(8, 8, ColorOf(posted)));
            }

            gpu.Renderer.PollUploads();
            for (var i = 0; i < posted; i++)
            {
                if (gpu.Renderer.IsTextureReady(textures[i]))
                {
                    ready.Add(i);
                }
            }

            // Each frame draws only the ready images, 4x4 px each, 50 per row.
            var frame = gpu.Render(b =>
            {
                foreach (var i in ready)
                {
                    b.AddImage(ImageSprite.Create(new Rect(i % 50 * 4, i / 50 * 4, 4, 4), textures[i]));
                }
            });
            foreach (var i in ready)
            {
                Assert.Equal(ColorOf(i), frame[(i % 50 * 4) + 2, (i / 50 * 4) + 2]);
            }
        }

        Assert.Equal(0, gpu.Renderer.PendingUploads);
        Assert.Equal(0, gpu.Renderer.UploadsDeletedUnused);
    }

    [EglFact]
    public void An_image_released_before_its_upload_arrives_is_deleted_on_arrival()
    {
        using var gpu = new GpuHarness(4, 4);
        var uploader = gpu.Renderer.Uploader!;
        uploader.Hold();
        var released = gpu.Renderer.UploadTexture(Solid(8, 8, new Color(0, 0, 255, 255)));
        var kept = gpu.Renderer.UploadTexture(Solid(8, 8, new Color(0, 255, 0, 255)));
        gpu.Renderer.DeleteTexture(released);
        Assert.Equal(1, gpu.Renderer.PendingUploads);
        uploader.Resume();
        Assert.True(gpu.Renderer.WaitForUploads(Limit));
        Assert.False(gpu.Renderer.IsTextureReady(released));
        Assert.True(gpu.Renderer.IsTextureReady(kept));
        SpinUntil(() => uploader.Finished == 0 && gpu.Renderer.UploadsDeletedUnused == 1, () => gpu.Renderer.PollUploads());
        Assert.Equal(0u, GlesRenderer.TakeGlError());
    }

    [EglFact]
    public void Disposing_with_uploads_pending_stops_the_thread_and_deletes_what_it_left()
    {
        var gpu = new GpuHarness(4, 4);
        var uploader = gpu.Renderer.Uploader!;
        for (var i = 0; i < 3; i++)
        {
            gpu.Renderer.UploadTexture(Solid(64, 64, ColorOf(i)));
        }

        SpinUntil(() => uploader.Finished == 3, () => { });
        uploader.Hold();
        for (var i = 0; i < 20; i++)
        {
            gpu.Renderer.UploadTexture(Solid(64, 64, ColorOf(i)));
        }

        gpu.Renderer.Dispose(); // three arrived untaken, twenty never started
        Assert.False(uploader.IsRunning);
        Assert.Equal(3, gpu.Renderer.UploadsDeletedUnused);
        Assert.Equal(0, gpu.Renderer.PendingUploads);
        Assert.Equal(0u, GlesRenderer.TakeGlError());
        gpu.Dispose();
    }

    [EglFact]
    public void Render_thread_uploads_when_asked_are_ready_at_once_and_say_why()
    {
        using var device = EglDevice.TryCreateHeadless(out var failure) ?? throw new InvalidOperationException(failure?.ToString());
        using var renderer = GlesRenderer.TryCreate(device, new DiagnosticBag(), TextureUploadPath.RenderThread)!;
        Assert.Equal(TextureUploadPath.RenderThread, renderer.UploadPath);
        Assert.Contains("asked", renderer.UploadPathReason);
        Assert.Null(renderer.Uploader);
        var texture = renderer.UploadTexture(Pattern(8, 8, seed: 1));
        Assert.True(renderer.IsTextureReady(texture));
        Assert.Equal(0, renderer.PendingUploads);
        Assert.Equal(0, renderer.PollUploads());
        Assert.True(renderer.WaitForUploads(TimeSpan.Zero));
    }

    [EglFact]
    public void A_pbuffer_upload_context_draws_the_same_bytes()
    {
        using var device = EglDevice.TryCreateHeadless(out var failure) ?? throw new InvalidOperationException(failure?.ToString());
        using var renderer = GlesRenderer.TryCreate(device, new DiagnosticBag(), TextureUploadPath.RenderThread)!;
        renderer.StartUploads(TextureUploadPath.SharedContext, forcePbuffer: true);
        Assert.True(renderer.UploadPath == TextureUploadPath.SharedContext, renderer.UploadPathReason);
        Assert.True(renderer.UploadsUsePbuffer);
        using var surface = new OffscreenSurface(device, 24, 24);
        var image = Pattern(24, 24, seed: 7);
        var threaded = renderer.UploadTexture(image);
        Assert.True(renderer.WaitForUploads(Limit));
        var direct = renderer.CreateTexture(image);
        Assert.Equal(Draw(renderer, surface, direct).Pixels, Draw(renderer, surface, threaded).Pixels);
    }

    [EglFact]
    public void A_wrapped_app_egl_context_is_shared_too()
    {
        using var own = EglDevice.TryCreateHeadless(out var failure) ?? throw new InvalidOperationException(failure?.ToString());
        using var wrapped = EglDevice.TryWrapCurrent(out failure) ?? throw new InvalidOperationException(failure?.ToString());
        using var renderer = GlesRenderer.TryCreate(wrapped, new DiagnosticBag())!;
        Assert.True(renderer.UploadPath == TextureUploadPath.SharedContext, renderer.UploadPathReason);
        using var surface = new OffscreenSurface(wrapped, 12, 12);
        var texture = renderer.UploadTexture(Solid(12, 12, new Color(10, 20, 30, 255)));
        Assert.True(renderer.WaitForUploads(Limit));
        Assert.Equal(new Color(10, 20, 30, 255), Draw(renderer, surface, texture)[6, 6]);
    }

    private static RgbaImage Draw(GlesRenderer renderer, OffscreenSurface surface, TextureId texture)
    {
        var builder = new SceneBuilder();
        builder.Begin(new Size(surface.Width, surface.Height));
        builder.AddImage(ImageSprite.Create(new Rect(0, 0, surface.Width, surface.Height), texture));
        renderer.Draw(builder.End(), surface, Color.White);
        Assert.Equal(0u, GlesRenderer.TakeGlError());
        return surface.ReadPixels();
    }

    /// <summary>Every channel varies, alpha too (0, partial and 255), so premultiplication shows in the bytes.</summary>
    private static RgbaImage Pattern(int width, int height, int seed)
    {
        var image = new RgbaImage(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var alpha = (x + y + seed) % 5 == 0 ? 0 : (x * 37 + y * 11 + seed) % 3 == 0 ? 255 : (x * 29 + y * 53 + seed) % 256;
                image[x, y] = new Color((byte)(x * 6 + seed), (byte)(y * 8), (byte)((x + y) * 3), (byte)alpha);
            }
        }

        return image;
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

    private static Color ColorOf(int i) => new((byte)(i * 7), (byte)(255 - i), (byte)(i * 13 % 256), 255);

    private static void SpinUntil(Func<bool> done, Action step)
    {
        var until = DateTime.UtcNow + Limit;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out");
            step();
            System.Threading.Thread.Sleep(1);
        }
    }
}
