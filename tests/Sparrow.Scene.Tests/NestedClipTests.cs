using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

/// <summary>
/// The builder's decision for a rounded clip pushed inside another: contained (the inner one becomes the
/// mask), containing (the mask stays), partially overlapping (a layer masked by the outer one) and
/// disjoint (nothing drawn).
/// </summary>
public class NestedClipTests
{
    private static readonly Color Red = new(255, 0, 0, 255);

    private static PrimitiveKind[] Kinds(DisplayList list) => list.Order.AsReadOnlySpan().ToArray().Select(i => i.Kind).ToArray();

    [Fact]
    public void A_clip_inside_the_mask_replaces_it_without_a_layer()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(200, 200));
        b.PushRoundedClip(new Rect(0, 0, 100, 100), CornerRadii.Uniform(20));
        b.PushRoundedClip(new Rect(10, 10, 80, 80), CornerRadii.Uniform(8));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 200, 200), Red));
        b.PopClip();
        b.PopClip();
        var list = b.End();

        Assert.Equal([PrimitiveKind.Quad], Kinds(list));
        Assert.Equal(new Rect(10, 10, 80, 80), list.Quads[0].Clip.Bounds);
        Assert.Equal(0, list.Layers.Count);
    }

    [Fact]
    public void A_child_reaching_into_the_parents_corner_draws_in_a_layer_masked_by_the_parent()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(200, 200));
        b.PushRoundedClip(new Rect(20, 20, 100, 100), CornerRadii.Uniform(30));
        b.AddQuad(Quad.Fill(new Rect(20, 20, 100, 100), Red)); // under the parent's clip only
        b.PushRoundedClip(new Rect(10, 10, 50, 50), CornerRadii.Uniform(10));
        b.AddQuad(Quad.Fill(new Rect(10, 10, 50, 50), Red));
        b.PopClip();
        b.AddQuad(Quad.Fill(new Rect(60, 60, 10, 10), Red));
        b.PopClip();
        var list = b.End();

        Assert.Equal([PrimitiveKind.Quad, PrimitiveKind.LayerBegin, PrimitiveKind.Quad, PrimitiveKind.LayerEnd, PrimitiveKind.Quad], Kinds(list));
        var layer = list.Layers[0];
        Assert.Equal(1, layer.Opacity);
        Assert.Equal(new Rect(20, 20, 100, 100), layer.Mask.Rect);
        Assert.Equal(CornerRadii.Uniform(30), layer.Mask.Radii);
        Assert.True(layer.Mask.ToLocal.IsIdentity); // the mask is already in target pixels
        Assert.Equal(new Rect(20, 20, 40, 40), layer.Bounds); // both clips' bounds
        Assert.Equal(new Rect(10, 10, 50, 50), list.Quads[1].Clip.Bounds);
        Assert.Equal(new Rect(20, 20, 100, 100), list.Quads[0].Clip.Bounds);
        Assert.Equal(new Rect(20, 20, 100, 100), list.Quads[2].Clip.Bounds);
        Assert.Equal(0, list.ApproximatedClips);
    }

    [Fact]
    public void Three_levels_offset_from_each_other_nest_two_layers()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(300, 300));
        b.PushRoundedClip(new Rect(0, 0, 150, 150), CornerRadii.Uniform(40));
        b.PushRoundedClip(new Rect(60, 60, 150, 150), CornerRadii.Uniform(40));
        b.PushRoundedClip(new Rect(100, 20, 150, 100), CornerRadii.Uniform(30));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 300, 300), Red));
        b.PopClip();
        b.PopClip();
        b.PopClip();
        var list = b.End();

        Assert.Equal(
            [PrimitiveKind.LayerBegin, PrimitiveKind.LayerBegin, PrimitiveKind.Quad, PrimitiveKind.LayerEnd, PrimitiveKind.LayerEnd],
            Kinds(list));
        Assert.Equal(new Rect(0, 0, 150, 150), list.Layers[0].Mask.Rect);
        Assert.Equal(new Rect(60, 60, 150, 150), list.Layers[1].Mask.Rect);
        Assert.Equal(new Rect(100, 20, 150, 100), list.Quads[0].Clip.Bounds);
        Assert.Equal(new Rect(100, 60, 50, 60), list.Scissors[list.Order[2].Scissor]);
    }

    [Fact]
    public void A_clip_in_the_parents_cut_off_corner_draws_nothing()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(200, 200));
        b.PushRoundedClip(new Rect(0, 0, 100, 100), CornerRadii.Uniform(50));

        // Its bounds overlap the parent's only in the top-left corner's box, beyond the circle.
        b.PushRoundedClip(new Rect(-20, -20, 30, 30), CornerRadii.Uniform(4));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 200, 200), Red));
        b.PopClip();
        b.PopClip();
        var list = b.End();

        Assert.Equal(0, list.Order.Count);
        Assert.Equal(0, list.Layers.Count);
    }

    [Fact]
    public void Clip_masks_exclude_rects_beyond_a_corner_only()
    {
        var mask = new ClipMask(new Rect(0, 0, 100, 100), CornerRadii.Uniform(40));
        Assert.True(mask.Excludes(new Rect(0, 0, 10, 10))); // (10,10) is beyond the corner circle
        Assert.False(mask.Excludes(new Rect(0, 0, 20, 20))); // (20,20) is inside it
        Assert.True(mask.Excludes(new Rect(95, 92, 20, 20))); // beyond the bottom-right one
        Assert.False(mask.Excludes(new Rect(0, 45, 5, 10))); // beside the left edge, between the corners
        Assert.True(mask.Excludes(new Rect(120, 0, 10, 10))); // outside the bounds
        Assert.False(ClipMask.None.Excludes(new Rect(0, 0, 1, 1)));

        // Radii too large for the box are fitted first, as the shaders fit them: a 100-px circle.
        var pill = new ClipMask(new Rect(0, 0, 100, 100), CornerRadii.Uniform(500));
        Assert.False(pill.Excludes(new Rect(20, 20, 5, 5)));
        Assert.True(pill.Contains(new Rect(20, 20, 60, 60)));
    }

    [Fact]
    public void A_replayed_run_under_a_partially_overlapping_clip_rebases_its_layer()
    {
        var first = new SceneBuilder();
        first.Begin(new Size(200, 200));
        first.PushRoundedClip(new Rect(20, 20, 100, 100), CornerRadii.Uniform(30));
        var start = first.Mark();
        first.PushRoundedClip(new Rect(10, 10, 50, 50), CornerRadii.Uniform(10));
        first.AddQuad(Quad.Fill(new Rect(10, 10, 50, 50), Red));
        first.PopClip();
        var end = first.Mark();
        first.PopClip();
        var previous = new DisplayList();
        previous.CopyFrom(first.End());

        var built = new SceneBuilder();
        var replayed = new SceneBuilder();
        foreach (var b in new[] { built, replayed })
        {
            b.Begin(new Size(200, 200));
            b.PushLayer(0.5f); // a prefix: one more layer and scissor than in the first frame
            b.PushClip(new Rect(0, 0, 150, 150));
            b.AddQuad(Quad.Fill(new Rect(0, 0, 5, 5), Red));
            b.PopClip();
            b.PopLayer();
            b.PushRoundedClip(new Rect(20, 20, 100, 100), CornerRadii.Uniform(30));
        }

        built.PushRoundedClip(new Rect(10, 10, 50, 50), CornerRadii.Uniform(10));
        built.AddQuad(Quad.Fill(new Rect(10, 10, 50, 50), Red));
        built.PopClip();
        replayed.Replay(previous, start, end);
        built.PopClip();
        replayed.PopClip();

        Assert.Equal(SceneDump.Write(built.End()), SceneDump.Write(replayed.End()));
    }
}
