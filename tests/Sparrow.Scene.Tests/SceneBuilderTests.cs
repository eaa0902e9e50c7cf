using System;
using System.Linq;
using System.Numerics;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

public class SceneBuilderTests
{
    private static readonly Color Red = new(255, 0, 0, 255);

    [Fact]
    public void Transforms_compose_and_are_baked_into_primitives()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.PushTransform(Matrix3x2.CreateTranslation(10, 20));
        b.PushTransform(Matrix3x2.CreateScale(2));
        b.AddQuad(Quad.Fill(new Rect(1, 1, 5, 5), Red));
        b.PopTransform();
        b.PopTransform();
        b.AddQuad(Quad.Fill(new Rect(1, 1, 5, 5), Red));
        var list = b.End();

        // Scale applies first (innermost), then the translation.
        var p = Vector2.Transform(new Vector2(1, 1), list.Quads[0].Transform);
        Assert.Equal(new Vector2(12, 22), p);
        Assert.True(list.Quads[1].Transform.IsIdentity);
    }

    [Fact]
    public void Rect_clips_narrow_the_scissor_and_rounded_clips_become_the_mask()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.PushClip(new Rect(10, 10, 50, 50));
        b.PushRoundedClip(new Rect(20, 0, 100, 30), CornerRadii.Uniform(8));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 100, 100), Red));
        b.PopClip();
        b.AddQuad(Quad.Fill(new Rect(0, 0, 100, 100), Red));
        b.PopClip();
        b.AddQuad(Quad.Fill(new Rect(0, 0, 100, 100), Red));
        var list = b.End();

        var order = list.Order.AsReadOnlySpan();
        Assert.Equal(new Rect(20, 10, 40, 20), list.Scissors[order[0].Scissor]);
        Assert.Equal(new Rect(20, 0, 100, 30), list.Quads[0].Clip.Bounds);
        Assert.Equal(8, list.Quads[0].Clip.Radii.TopLeft);
        Assert.Equal(new Rect(10, 10, 50, 50), list.Scissors[order[1].Scissor]);
        Assert.True(list.Quads[1].Clip.IsNone);
        Assert.Equal(0, order[2].Scissor);
    }

    [Fact]
    public void Nested_rounded_clips_keep_the_one_that_matters()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(200, 200));

        // A small rounded box well inside a rounded card: the card's corners cannot reach it.
        b.PushRoundedClip(new Rect(0, 0, 100, 100), CornerRadii.Uniform(20));
        b.PushRoundedClip(new Rect(30, 30, 40, 40), CornerRadii.Uniform(5));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 200, 200), Red));
        b.PopClip();

        // A large rounded box whose corners the card's corners cut more: the card's own mask is kept.
        b.PushRoundedClip(new Rect(-10, -10, 120, 120), CornerRadii.Uniform(2));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 200, 200), Red));
        b.PopClip();

        // Overlapping so that neither contains the other: the card masks a layer, the new clip the quad.
        b.PushRoundedClip(new Rect(50, 50, 100, 100), CornerRadii.Uniform(30));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 200, 200), Red));
        b.PopClip();
        b.PopClip();
        var list = b.End();

        Assert.Equal(new Rect(30, 30, 40, 40), list.Quads[0].Clip.Bounds);
        Assert.Equal(new Rect(0, 0, 100, 100), list.Quads[1].Clip.Bounds);
        Assert.Equal(new Rect(50, 50, 100, 100), list.Quads[2].Clip.Bounds);
        Assert.Equal(1, list.Layers.Count);
        Assert.Equal(new Rect(0, 0, 100, 100), list.Layers[0].Mask.Rect);
        Assert.Equal(0, list.ApproximatedClips);
    }

    [Fact]
    public void A_clip_under_a_rotation_is_a_masked_layer_in_its_own_space()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(200, 200));
        b.PushTransform(Matrix3x2.CreateRotation(0.3f) * Matrix3x2.CreateTranslation(50, 20));
        b.PushRoundedClip(new Rect(0, 0, 80, 40), CornerRadii.Uniform(6));
        b.AddQuad(Quad.Fill(new Rect(10, 10, 100, 100), Red));
        b.PopClip();

        // A clip with nothing under it leaves no layer behind.
        b.PushClip(new Rect(0, 0, 10, 10));
        b.PopClip();
        b.PopTransform();
        var list = b.End();

        Assert.Equal([PrimitiveKind.LayerBegin, PrimitiveKind.Quad, PrimitiveKind.LayerEnd], list.Order.AsReadOnlySpan().ToArray().Select(i => i.Kind));
        Assert.Equal(1, list.Layers.Count);
        var mask = list.Layers[0].Mask;
        Assert.True(mask.IsSet);
        Assert.Equal(new Rect(0, 0, 80, 40), mask.Rect);
        Assert.Equal(CornerRadii.Uniform(6), mask.Radii);

        // The mask maps target pixels back to the clip's space.
        var corner = Vector2.Transform(new Vector2(80, 40), Matrix3x2.CreateRotation(0.3f) * Matrix3x2.CreateTranslation(50, 20));
        var local = Vector2.Transform(corner, mask.ToLocal);
        Assert.Equal(80, local.X, 3);
        Assert.Equal(40, local.Y, 3);
        Assert.Equal(0, list.ApproximatedClips);

        // Moved with its content, the mask still finds the same local point.
        var moved = mask.Moved(0, 7);
        local = Vector2.Transform(corner + new Vector2(0, 7), moved.ToLocal);
        Assert.Equal(80, local.X, 3);
        Assert.Equal(40, local.Y, 3);
    }

    [Fact]
    public void Clip_masks_contain_rects_that_avoid_their_corners()
    {
        var mask = new ClipMask(new Rect(0, 0, 100, 100), CornerRadii.Uniform(20));
        Assert.True(mask.Contains(new Rect(10, 10, 80, 80))); // (10,10) is within the corner circle
        Assert.False(mask.Contains(new Rect(2, 2, 50, 50))); // (2,2) is cut off by the corner
        Assert.True(mask.Contains(new Rect(0, 20, 100, 60))); // edges between the corners
        Assert.False(mask.Contains(new Rect(-1, 20, 50, 50)));
        Assert.True(ClipMask.None.Contains(new Rect(-5, -5, 10, 10)));
    }

    [Fact]
    public void Rounded_clips_follow_translation_and_scale()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.PushTransform(Matrix3x2.CreateScale(2) * Matrix3x2.CreateTranslation(5, 5));
        b.PushRoundedClip(new Rect(0, 0, 10, 10), CornerRadii.Uniform(3));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 10), Red));
        b.PopClip();
        b.PopTransform();
        var list = b.End();
        Assert.Equal(new Rect(5, 5, 20, 20), list.Quads[0].Clip.Bounds);
        Assert.Equal(6, list.Quads[0].Clip.Radii.BottomRight);
    }

    [Fact]
    public void Primitives_outside_an_empty_clip_are_dropped()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.PushClip(new Rect(200, 200, 10, 10));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 10), Red));
        b.PopClip();
        Assert.Equal(0, b.End().Order.Count);
    }

    [Fact]
    public void Only_translucent_groups_make_layers()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.PushLayer(1);
        b.PushLayer(0.5f);
        b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 10), Red));
        b.PopLayer();
        b.PopLayer();
        var list = b.End();
        var order = list.Order.AsReadOnlySpan();
        Assert.Equal(3, order.Length);
        Assert.Equal(PrimitiveKind.LayerBegin, order[0].Kind);
        Assert.Equal(PrimitiveKind.LayerEnd, order[2].Kind);
        Assert.Equal(0.5f, list.Layers[0].Opacity);
    }

    [Fact]
    public void Unbalanced_stacks_throw()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(10, 10));
        b.PushClip(new Rect(0, 0, 5, 5));
        Assert.Throws<InvalidOperationException>(() => b.End());
        Assert.Throws<InvalidOperationException>(() => new SceneBuilder().AddQuad(default));
        b.Begin(new Size(10, 10));
        Assert.Throws<InvalidOperationException>(b.PopLayer);
    }

    [Fact]
    public void Gradients_reject_more_stops_than_fit_inline()
    {
        var offsets = new float[] { 0, 0.25f, 0.5f, 0.75f, 1 };
        var colors = new Color[5];
        Assert.Throws<ArgumentException>(() => Gradient.Linear(new Rect(0, 0, 1, 1), default, default, offsets, colors));
    }

    [Fact]
    public void Long_gradients_go_through_a_ramp_and_short_ones_stay_inline()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        Color[] five = [Red, Red, Red, Red, new Color(0, 0, 255, 255)];
        b.AddGradient(GradientKind.Linear, new Rect(0, 0, 10, 10), new Point(0, 0), new Point(10, 0), [0, 0.25f, 0.5f, 0.75f, 1], five);
        b.AddGradient(GradientKind.Radial, new Rect(0, 0, 10, 10), new Point(5, 5), new Point(5, 5), [0, 1], [Red, Red]);
        var list = b.End();
        Assert.Equal(1, list.Gradients[0].Ramp);
        Assert.Equal(5, list.Gradients[0].StopCount);
        Assert.Equal(new GradientRamp(0, 5), list.Ramps[0]);
        Assert.Equal(new GradientStop(0.75f, Red), list.GradientStops[3]);
        Assert.Equal(0, list.Gradients[1].Ramp);
        Assert.Contains("stops=#ff0000 0,#ff0000 0.25,#ff0000 0.5,#ff0000 0.75,#0000ff 1", SceneDump.Write(list), StringComparison.Ordinal);
    }

    [Fact]
    public void A_warm_builder_allocates_nothing_per_frame()
    {
        var b = new SceneBuilder();
        Build(b);
        Build(b);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            Build(b);
            foreach (var batch in new BatchIterator(b.List))
            {
                Assert.True(batch.Count > 0);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Build(SceneBuilder b)
    {
        b.Begin(new Size(200, 200));
        b.PushRoundedClip(new Rect(0, 0, 150, 150), CornerRadii.Uniform(4));
        b.PushLayer(0.5f);
        for (var i = 0; i < 300; i++)
        {
            b.AddQuad(Quad.Fill(new Rect(i % 100, i / 100, 5, 5), Red));
            b.AddGlyph(GlyphSprite.Create(new Rect(i, 0, 5, 5), new AtlasTile(new TextureId(1), new Rect(0, 0, 5, 5)), Red));
        }

        b.PopLayer();
        b.PopClip();
        b.End();
    }
}
