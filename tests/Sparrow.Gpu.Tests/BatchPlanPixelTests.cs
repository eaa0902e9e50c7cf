using System;
using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// The batch planner moves primitives to share draw calls; the picture must not change. Each scene is
/// drawn in paint order (one draw call per primitive, <see cref="GlesRenderer.ReorderBatches"/> off) and
/// as planned, and the two frames must be the same bytes.
/// </summary>
public class BatchPlanPixelTests
{
    public static TheoryData<string> ReferenceCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReferenceScenes.All.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [EglTheory]
    [MemberData(nameof(ReferenceCases))]
    public void A_planned_reference_scene_has_the_pixels_of_paint_order(string name)
    {
        using var gpu = new GpuHarness(ReferenceScenes.Width, ReferenceScenes.Height);
        var (ordered, planned) = BothWays(gpu, b => ReferenceScenes.All[name](b, gpu.Renderer));
        AssertSame(ordered.Pixels, planned.Pixels, name);
    }

    [EglFact]
    public void A_page_of_cards_icons_and_faded_text_draws_in_few_calls_with_the_pixels_of_paint_order()
    {
        using var gpu = new GpuHarness(200, 160);
        var icons = new[] { Icon(gpu, 0xe05050), Icon(gpu, 0x50a050), Icon(gpu, 0x5050e0) };
        var pages = new[] { Page(gpu, 40), Page(gpu, 200) };
        void Build(SceneBuilder b)
        {
            b.PushTransform(Matrix3x2.CreateScale(1.5f));
            b.AddQuad(Quad.Fill(new Rect(0, 0, 140, 110), new Color(0xf3, 0xf5, 0xf9, 0xff)));
            for (var i = 0; i < 3; i++)
            {
                // A card: shadow (falling on the previous card), box, a bar clipped to its corners,
                // a rounded icon of its own texture, two glyphs from two atlas pages.
                var card = new Rect(4 + (i * 45), 6, 40, 50);
                var radii = CornerRadii.Uniform(6);
                b.AddShadow(Shadow.Create(card, radii, new Point(0, 2), 8, 0, new Color(0x1f, 0x2d, 0x50, 0x40)));
                b.AddQuad(Quad.Fill(card, Color.White, radii));
                b.PushRoundedClip(card, radii);
                b.AddQuad(Quad.Fill(new Rect(card.X, card.Y, 3, card.Height), new Color(0x1f, 0x6f, 0xeb, 0xff)));
                b.PopClip();
                var icon = new Rect(card.X + 8, card.Y + 6, 16, 16);
                b.PushRoundedClip(icon, CornerRadii.Uniform(4));
                b.AddImage(ImageSprite.Create(icon, icons[i]));
                b.PopClip();
                b.AddGlyph(GlyphSprite.Create(new Rect(card.X + 8, card.Y + 30, 6, 8), new AtlasTile(pages[i % 2], new Rect(0, 0, 6, 8)), new Color(0x1d, 0x23, 0x30, 0xff)));
                b.AddGlyph(GlyphSprite.Create(new Rect(card.X + 16, card.Y + 30, 6, 8), new AtlasTile(pages[(i + 1) % 2], new Rect(0, 0, 6, 8)), new Color(0x1d, 0x23, 0x30, 0xff)));
            }

            // Faded text in a layer, a rotated box, and a row of icons (a tab bar) over a bar.
            b.PushLayer(0.6f);
            b.AddGlyph(GlyphSprite.Create(new Rect(8, 62, 6, 8), new AtlasTile(pages[0], new Rect(0, 0, 6, 8)), Color.Black));
            b.PopLayer();
            b.PushTransform(Matrix3x2.CreateRotation(0.5f, new Vector2(100, 70)));
            b.AddQuad(Quad.Fill(new Rect(95, 65, 10, 10), Color.Black).WithBorder(1, new Color(0xa3, 0xab, 0xbb, 0xff)));
            b.PopTransform();
            b.AddQuad(Quad.Fill(new Rect(0, 84, 140, 24), Color.White).WithBorder(1, new Color(0, 0, 0, 0x54)));
            for (var i = 0; i < 3; i++)
            {
                b.AddImage(ImageSprite.Create(new Rect(20 + (i * 40), 88, 12, 12), icons[i]));
            }

            b.PopTransform();
        }

        var (ordered, planned) = BothWays(gpu, Build);
        AssertSame(ordered.Pixels, planned.Pixels, "cards");
        var calls = gpu.Renderer.LastFrame.DrawCalls;

        // Paint order: 32 primitives and a layer. Planned: background + shadows and boxes alternating
        // (2 a card), bars, icons, glyphs, the layer (its glyph and composite), the rotated box… well under.
        Assert.True(calls <= 14, $"{calls} draw calls");
    }

    private static (RgbaImage Ordered, RgbaImage Planned) BothWays(GpuHarness gpu, Action<SceneBuilder> build)
    {
        gpu.Renderer.ReorderBatches = false;
        var ordered = gpu.Render(build);
        var orderedCalls = gpu.Renderer.LastFrame.DrawCalls;
        gpu.Renderer.ReorderBatches = true;
        var planned = gpu.Render(build);
        Assert.True(gpu.Renderer.LastFrame.DrawCalls <= orderedCalls, $"planned {gpu.Renderer.LastFrame.DrawCalls} draw calls, paint order {orderedCalls}");
        return (ordered, planned);
    }

    private static void AssertSame(byte[] expected, byte[] actual, string name)
    {
        Assert.Equal(expected.Length, actual.Length);
        var differing = 0;
        var first = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                differing++;
                first = first < 0 ? i : first;
            }
        }

        Assert.True(differing == 0, $"{name}: {differing} bytes differ, the first at byte {first}");
    }

    /// <summary>A 4×4 RGBA image of one color with a transparent corner texel.</summary>
    private static TextureId Icon(GpuHarness gpu, uint rgb)
    {
        var texels = new byte[4 * 4 * 4];
        for (var i = 1; i < 16; i++)
        {
            texels[(i * 4) + 0] = (byte)(rgb >> 16);
            texels[(i * 4) + 1] = (byte)(rgb >> 8);
            texels[(i * 4) + 2] = (byte)rgb;
            texels[(i * 4) + 3] = 255;
        }

        return gpu.Renderer.CreateTexture(4, 4, TextureFormat.Rgba8, texels);
    }

    /// <summary>A 6×8 coverage page holding a ramp, different per page.</summary>
    private static TextureId Page(GpuHarness gpu, int start)
    {
        var texels = new byte[6 * 8];
        for (var i = 0; i < texels.Length; i++)
        {
            texels[i] = (byte)((start + (i * 11)) & 0xff);
        }

        return gpu.Renderer.CreateTexture(6, 8, TextureFormat.R8, texels);
    }
}
