using System;
using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>Point checks against analytic expectations, batching and the cost of a frame.</summary>
public class RendererTests
{
    private static readonly Color Red = new(255, 0, 0, 255);
    private static readonly Color Blue = new(0, 0, 255, 255);
    private static readonly float[] StopOffsets = [0, 0.25f, 0.5f, 0.75f, 1];
    private static readonly Color[] StopColors = [Red, Blue, Red, Blue, Red];

    [EglFact]
    public void Glyph_sprites_tint_a_hand_made_coverage_bitmap()
    {
        using var gpu = new GpuHarness(24, 12);
        using var atlas = new GlyphAtlas(gpu.Renderer, TextureFormat.R8, pageSize: 64);
        atlas.BeginFrame();

        // A 4x4 "glyph": full coverage on the left column, half on the second, a quarter on the third, none on the last.
        byte[] coverage = [255, 128, 64, 0, 255, 128, 64, 0, 255, 128, 64, 0, 255, 128, 64, 0];
        Assert.True(atlas.TryInsert(1, 4, 4, coverage, out var tile));
        Assert.True(atlas.TryGetTile(1, out var again));
        Assert.Equal(tile, again);

        var image = gpu.Render(b =>
        {
            b.AddGlyph(GlyphSprite.Create(new Rect(2, 2, 4, 4), tile, Blue));
            b.AddGlyph(GlyphSprite.Create(new Rect(10, 2, 4, 4), tile, new Color(0, 0, 0, 255)));
        });

        // Over white: channel = 255 * (1 - a) + tint * a.
        Assert.Equal(new Color(0, 0, 255, 255), image[2, 3]);
        AssertNear(new Color(127, 127, 255, 255), image[3, 3], 1);
        AssertNear(new Color(191, 191, 255, 255), image[4, 3], 1);
        Assert.Equal(Color.White, image[5, 3]);
        AssertNear(new Color(127, 127, 127, 255), image[11, 5], 1);
        Assert.Equal(Color.White, image[2, 6]);
        Assert.Equal(1, gpu.Renderer.LastFrame.DrawCalls); // same page: one batch
    }

    [EglFact]
    public void Glyphs_on_two_atlas_pages_share_one_draw()
    {
        using var gpu = new GpuHarness(16, 16);
        using var atlas = new GlyphAtlas(gpu.Renderer, TextureFormat.R8, pageSize: 8);
        atlas.BeginFrame();
        var full = new byte[36];
        Array.Fill(full, (byte)255);
        Assert.True(atlas.TryInsert(1, 6, 6, full, out var a));
        Assert.True(atlas.TryInsert(2, 6, 6, full, out var b));
        Assert.NotEqual(a.Texture, b.Texture);
        var image = gpu.Render(s =>
        {
            s.AddGlyph(GlyphSprite.Create(new Rect(0, 0, 6, 6), a, Red));
            s.AddGlyph(GlyphSprite.Create(new Rect(8, 8, 6, 6), b, Blue));
        });
        Assert.Equal(Red, image[3, 3]);
        Assert.Equal(Blue, image[11, 11]);
        Assert.Equal(1, gpu.Renderer.LastFrame.DrawCalls); // the batch binds both pages, each glyph samples its own

    }

    [EglFact]
    public void The_atlas_evicts_tiles_unused_this_frame_when_full()
    {
        using var gpu = new GpuHarness(4, 4);
        using var atlas = new GlyphAtlas(gpu.Renderer, TextureFormat.R8, pageSize: 16, maxPages: 1);
        var pixels = new byte[36];
        atlas.BeginFrame();
        for (ulong k = 0; k < 4; k++)
        {
            Assert.True(atlas.TryInsert(k, 6, 6, pixels, out _)); // 8x8 padded: four fill the page
        }

        Assert.False(atlas.TryInsert(99, 6, 6, pixels, out _)); // all used this frame: nothing to evict
        atlas.BeginFrame();
        Assert.True(atlas.TryGetTile(2, out _));
        Assert.True(atlas.TryInsert(99, 6, 6, pixels, out _));
        Assert.Equal(1, atlas.Evictions);
        Assert.False(atlas.TryGetTile(0, out _)); // the least recently used went
        Assert.True(atlas.TryGetTile(2, out _));
    }

    [EglFact]
    public void A_color_atlas_tile_draws_as_an_image_sprite()
    {
        using var gpu = new GpuHarness(8, 8);
        using var atlas = new GlyphAtlas(gpu.Renderer, TextureFormat.Rgba8, pageSize: 32);
        atlas.BeginFrame();

        // 2x2 premultiplied texels: red, green / blue, half-transparent white.
        byte[] texels = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 128, 128, 128, 128];
        Assert.True(atlas.TryInsert(7, 2, 2, texels, out var tile));
        var image = gpu.Render(b => b.AddImage(ImageSprite.Create(new Rect(2, 2, 2, 2), tile)), new Color(0, 0, 0, 255));
        Assert.Equal(Red, image[2, 2]);
        Assert.Equal(new Color(0, 255, 0, 255), image[3, 2]);
        Assert.Equal(Blue, image[2, 3]);
        AssertNear(new Color(128, 128, 128, 255), image[3, 3], 1);
        Assert.Equal(new Color(0, 0, 0, 255), image[4, 4]);
    }

    [EglFact]
    public void A_repeating_image_filters_across_the_seam_and_a_clamped_one_does_not()
    {
        // A 2x1 texture, red | blue, magnified 4x: each texel spans 4 px, centres at 2, 6, (10). Two
        // periods side by side (uv 0..2): at the seam (x = 8) a repeating sprite blends blue into the
        // next period's red (pixel 7's centre is 1.5 px past blue's: 37.5 % red); clamped, the last
        // texel stays blue up to the sprite's edge.
        using var gpu = new GpuHarness(16, 4);
        byte[] texels = [255, 0, 0, 255, 0, 0, 255, 255];
        var texture = gpu.Renderer.CreateTexture(2, 1, TextureFormat.Rgba8, texels);
        var repeating = ImageSprite.Create(new Rect(0, 0, 16, 4), texture);
        repeating.Uv = new Rect(0, 0, 2, 1);
        repeating.Flags = ImageFlags.RepeatX;
        var image = gpu.Render(b => b.AddImage(repeating), Color.White);
        AssertNear(new Color(96, 0, 159, 255), image[7, 1], 2);
        AssertNear(new Color(159, 0, 96, 255), image[8, 1], 2);
        AssertNear(new Color(223, 0, 32, 255), image[9, 1], 2);

        var clamped = ImageSprite.Create(new Rect(0, 0, 8, 4), texture);
        image = gpu.Render(b => b.AddImage(clamped), Color.White);
        Assert.Equal(Blue, image[7, 1]);
        Assert.Equal(Red, image[0, 1]);
    }

    [EglFact]
    public void A_clip_under_a_rotation_cuts_along_the_rotated_edges()
    {
        // A 20x20 clip rotated 45 degrees about its centre (16, 16): a diamond reaching 14.1 px from
        // the centre along the axes. A red fill under it shows inside the diamond only; the clip's
        // axis-aligned bounds (2..30) would keep the corners of the box.
        using var gpu = new GpuHarness(32, 32);
        var rotate = Matrix3x2.CreateTranslation(-10, -10) * Matrix3x2.CreateRotation(MathF.PI / 4) * Matrix3x2.CreateTranslation(16, 16);
        var image = gpu.Render(
            b =>
            {
                b.PushTransform(rotate);
                b.PushClip(new Rect(0, 0, 20, 20));
                b.AddQuad(Quad.Fill(new Rect(-20, -20, 60, 60), Red));
                b.PopClip();
                b.PopTransform();
            },
            Color.White);
        Assert.Equal(Red, image[16, 16]);
        Assert.Equal(Red, image[16, 4]);
        Assert.Equal(Color.White, image[5, 5]);
        Assert.Equal(Color.White, image[26, 26]);
    }

    [EglFact]
    public void A_rotated_square_keeps_its_centre_and_cuts_its_corners()
    {
        using var gpu = new GpuHarness(32, 32);
        var image = gpu.Render(b =>
        {
            b.PushTransform(Matrix3x2.CreateRotation(MathF.PI / 4, new Vector2(16, 16)));
            b.AddQuad(Quad.Fill(new Rect(8, 8, 16, 16), Red));
            b.PopTransform();
        });

        // A diamond: its vertices reach 16 * sqrt(2) / 2 = 11.3 px from the centre along the axes,
        // while the unrotated square's corners (9, 9) are now outside.
        Assert.Equal(Red, image[16, 16]);
        Assert.Equal(Red, image[16, 6]);
        Assert.Equal(Red, image[25, 16]);
        Assert.Equal(Color.White, image[9, 9]);
        Assert.Equal(Color.White, image[22, 22]);
    }

    [EglFact]
    public void Rect_clips_scissor_and_transforms_place_primitives()
    {
        using var gpu = new GpuHarness(32, 32);
        var image = gpu.Render(b =>
        {
            b.PushClip(new Rect(0, 0, 16, 32));
            b.AddQuad(Quad.Fill(new Rect(8, 0, 16, 8), Red));
            b.PopClip();
            b.PushTransform(Matrix3x2.CreateScale(2) * Matrix3x2.CreateTranslation(4, 16));
            b.AddQuad(Quad.Fill(new Rect(0, 0, 4, 4), Blue));
            b.PopTransform();
        });
        Assert.Equal(Red, image[15, 4]);
        Assert.Equal(Color.White, image[16, 4]);
        Assert.Equal(Blue, image[4, 16]);
        Assert.Equal(Blue, image[11, 23]);
        Assert.Equal(Color.White, image[12, 23]);
        // The blue quad lies inside the red one's scissor, so it can draw under it: one call, still clipped.
        Assert.Equal(1, gpu.Renderer.LastFrame.DrawCalls);
    }

    [EglFact]
    public void Group_opacity_composites_once()
    {
        using var gpu = new GpuHarness(16, 8);
        var image = gpu.Render(b =>
        {
            b.PushLayer(0.5f);
            b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 8), Red));
            b.AddQuad(Quad.Fill(new Rect(5, 0, 10, 8), Blue));
            b.PopLayer();
        });

        // Overlap shows blue at 50% over white, not red and blue stacked.
        AssertNear(new Color(127, 127, 255, 255), image[7, 4], 1);
        AssertNear(new Color(255, 127, 127, 255), image[2, 4], 1);
        Assert.Equal(Color.White, image[15, 4]);
        Assert.Equal(new FrameStats(2, 3, 1, 2), gpu.Renderer.LastFrame);
    }

    [EglFact]
    public void A_thousand_quads_are_one_draw_call()
    {
        using var gpu = new GpuHarness(64, 64);
        gpu.Render(b =>
        {
            for (var i = 0; i < 1000; i++)
            {
                b.AddQuad(Quad.Fill(new Rect(i % 60, i / 60 * 3, 3, 3), i % 2 == 0 ? Red : Blue, CornerRadii.Uniform(1)));
            }
        });
        Assert.Equal(1, gpu.Renderer.LastFrame.DrawCalls);
        Assert.Equal(1000, gpu.Renderer.LastFrame.Instances);
    }

    [EglFact]
    public void A_warm_frame_allocates_nothing_on_the_managed_heap()
    {
        using var gpu = new GpuHarness(32, 32);
        var texture = gpu.Renderer.CreateTexture(2, 2, TextureFormat.Rgba8, new byte[16]);
        void Build(SceneBuilder b)
        {
            b.Begin(new Size(32, 32));
            b.PushRoundedClip(new Rect(0, 0, 30, 30), CornerRadii.Uniform(4));
            b.AddShadow(Shadow.Create(new Rect(4, 4, 10, 10), CornerRadii.Uniform(2), new Point(1, 1), 4, 0, Blue));
            b.AddQuad(Quad.Fill(new Rect(4, 4, 10, 10), Red).WithBorder(1, Blue));
            b.AddGradient(GradientKind.Linear, new Rect(0, 20, 30, 8), new Point(0, 24), new Point(30, 24), StopOffsets, StopColors);
            b.PushLayer(0.5f);
            b.AddImage(ImageSprite.Create(new Rect(0, 0, 8, 8), texture));
            b.PopLayer();
            b.PopClip();
            b.End();
        }

        for (var i = 0; i < 3; i++)
        {
            Build(gpu.Builder);
            gpu.Renderer.Draw(gpu.Builder.List, gpu.Surface, Color.White);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            Build(gpu.Builder);
            gpu.Renderer.Draw(gpu.Builder.List, gpu.Surface, Color.White);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [EglFact]
    public void A_scene_built_for_another_size_is_refused()
    {
        using var gpu = new GpuHarness(8, 8);
        gpu.Builder.Begin(new Size(16, 16));
        var list = gpu.Builder.End();
        Assert.Throws<ArgumentException>(() => gpu.Renderer.Draw(list, gpu.Surface, Color.White));
    }

    [EglFact]
    public void The_device_reports_a_gles3_context()
    {
        using var gpu = new GpuHarness(4, 4);
        Assert.Contains("OpenGL ES 3", gpu.Device.Version, StringComparison.Ordinal);
        Assert.NotEmpty(gpu.Device.Renderer);
    }

    private static void AssertNear(Color expected, Color actual, int tolerance)
    {
        var d = Math.Max(Math.Max(Math.Abs(expected.R - actual.R), Math.Abs(expected.G - actual.G)), Math.Max(Math.Abs(expected.B - actual.B), Math.Abs(expected.A - actual.A)));
        Assert.True(d <= tolerance, $"expected {expected}, got {actual} (tolerance {tolerance})");
    }
}
