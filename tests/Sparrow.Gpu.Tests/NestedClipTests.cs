using System;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// Two rounded clips that overlap partially (the inner one reaches into the outer one's corner) clip to
/// their exact intersection: a pixel inside both is drawn, a pixel inside only one is not, and on the
/// edges each pixel takes the product of the two coverages, as Skia multiplies two anti-aliased clips.
/// The expected coverage is computed here from the circular rounded box's exact signed distance.
/// </summary>
public class NestedClipTests
{
    private static readonly Color Red = new(255, 0, 0, 255);

    [EglFact]
    public void A_child_clip_in_the_parent_clip_s_corner_draws_only_their_intersection()
    {
        Rect outer = new(0, 0, 60, 60), inner = new(30, 30, 60, 60);
        using var gpu = new GpuHarness(100, 100);
        var image = gpu.Render(b =>
        {
            b.PushRoundedClip(outer, CornerRadii.Uniform(20));
            b.PushRoundedClip(inner, CornerRadii.Uniform(20));
            b.AddQuad(Quad.Fill(new Rect(0, 0, 100, 100), Red));
            b.PopClip();
            b.PopClip();
        });

        Assert.Equal(1, gpu.Renderer.LastFrame.Layers);
        Assert.Equal(new Color(255, 0, 0, 255), image[45, 45]); // inside both
        Assert.Equal(Color.White, image[10, 40]); // inside the outer clip only
        Assert.Equal(Color.White, image[80, 80]); // inside the inner clip only
        Assert.Equal(Color.White, image[33, 33]); // inside the outer clip, cut by the inner one's corner
        Assert.Equal(Color.White, image[57, 57]); // inside the inner clip, cut by the outer one's corner
        AssertCoverage(image, outer, 20, inner, 20);
    }

    [EglFact]
    public void Where_both_edges_cross_one_pixel_their_coverages_multiply()
    {
        // Both bottom edges lie at y = 60.5 between x = 30 and 40: half of each covers that row, a quarter
        // of both. One mask alone would give a half.
        Rect outer = new(0, 0, 60, 60.5f), inner = new(10, -10, 70, 70.5f);
        using var gpu = new GpuHarness(100, 100);
        var image = gpu.Render(b =>
        {
            b.PushRoundedClip(outer, CornerRadii.Uniform(20));
            b.PushRoundedClip(inner, CornerRadii.Uniform(20));
            b.AddQuad(Quad.Fill(new Rect(0, 0, 100, 100), Red));
            b.PopClip();
            b.PopClip();
        });

        for (var x = 31; x < 40; x++)
        {
            Assert.InRange(image[x, 60].G, 188, 194); // 255 × (1 − 0.25)
        }

        AssertCoverage(image, outer, 20, inner, 20);
    }

    /// <summary>Every pixel is red over white by the product of both clips' coverages, within 3 levels.</summary>
    private static void AssertCoverage(RgbaImage image, Rect a, float ra, Rect b, float rb)
    {
        var worst = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var c = Coverage(x + 0.5f, y + 0.5f, a, ra) * Coverage(x + 0.5f, y + 0.5f, b, rb);
                var expected = 255 * (1 - c);
                worst = Math.Max(worst, (int)MathF.Round(MathF.Abs(image[x, y].G - expected)));
            }
        }

        Assert.InRange(worst, 0, 3);
    }

    /// <summary>clamp(0.5 − d) for the exact signed distance d to a box with circular corners of radius r.</summary>
    private static float Coverage(float px, float py, Rect box, float r)
    {
        var qx = MathF.Abs(px - (box.X + (box.Width / 2))) - (box.Width / 2) + r;
        var qy = MathF.Abs(py - (box.Y + (box.Height / 2))) - (box.Height / 2) + r;
        var outside = MathF.Sqrt((MathF.Max(qx, 0) * MathF.Max(qx, 0)) + (MathF.Max(qy, 0) * MathF.Max(qy, 0)));
        var d = outside + MathF.Min(MathF.Max(qx, qy), 0) - r;
        return Math.Clamp(0.5f - d, 0, 1);
    }
}
