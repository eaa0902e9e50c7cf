using System.Linq;
using System.Numerics;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

/// <summary><see cref="SceneBuilder.Replay"/> gives the list that building the run again would, whatever came before it.</summary>
public class ReplayTests
{
    private static readonly Color Red = new(255, 0, 0, 255);
    private static readonly Color Blue = new(0, 0, 255, 255);
    private static readonly float[] Offsets = [0, 0.2f, 0.4f, 0.6f, 0.8f, 1];
    private static readonly Color[] Colors = [Red, Blue, Red, Blue, Red, Blue];

    /// <summary>A run that makes scissors, an opacity layer, a masked layer under a rotation, a ramp gradient, a glyph and an image.</summary>
    private static void Run(SceneBuilder b)
    {
        b.PushLayer(0.5f);
        b.AddQuad(Quad.Fill(new Rect(12, 12, 20, 20), Red));
        b.PushRoundedClip(new Rect(15, 15, 30, 30), CornerRadii.Uniform(4));
        b.AddGradient(GradientKind.Linear, new Rect(15, 15, 30, 30), new Point(15, 15), new Point(45, 15), Offsets, Colors);
        b.AddGlyph(GlyphSprite.Create(new Rect(16, 16, 5, 8), new AtlasTile(new TextureId(1), new Rect(0, 0, 5, 8)), Blue));
        b.PopClip();
        b.PopLayer();
        b.PushTransform(Matrix3x2.CreateRotation(0.3f, new Vector2(30, 30)));
        b.PushClip(new Rect(20, 20, 20, 20));
        b.AddImage(ImageSprite.Create(new Rect(20, 20, 20, 20), new TextureId(9)));
        b.PopClip();
        b.PopTransform();
        b.PushClip(new Rect(40, 40, 5, 5));
        b.AddShadow(Shadow.Create(new Rect(40, 40, 10, 10), default, new Point(1, 1), 2, 0, Blue));
        b.PopClip();
    }

    /// <summary>What comes before the run in the second frame: more of every array than in the first.</summary>
    private static void Prefix(SceneBuilder b)
    {
        b.AddShadow(Shadow.Create(new Rect(0, 0, 10, 10), default, default, 3, 0, Red));
        b.PushClip(new Rect(0, 0, 50, 50));
        b.PushLayer(0.3f);
        b.AddGradient(GradientKind.Radial, new Rect(0, 0, 40, 40), new Point(20, 20), new Point(40, 20), Offsets, Colors);
        b.AddQuad(Quad.Fill(new Rect(0, 0, 5, 5), Blue));
        b.PopLayer();
        b.PopClip();
    }

    [Fact]
    public void A_replayed_run_equals_the_run_built_again_after_a_longer_prefix()
    {
        var first = new SceneBuilder();
        first.Begin(new Size(100, 100));
        first.AddQuad(Quad.Fill(new Rect(0, 0, 100, 100), Blue));
        first.PushClip(new Rect(10, 10, 80, 80));
        var start = first.Mark();
        Run(first);
        var end = first.Mark();
        first.PopClip();
        var previous = new DisplayList();
        previous.CopyFrom(first.End());

        var replayed = new SceneBuilder();
        replayed.Begin(new Size(100, 100));
        Prefix(replayed);
        replayed.PushClip(new Rect(10, 10, 80, 80));
        replayed.Replay(previous, start, end);
        replayed.PopClip();
        var actual = replayed.End();

        var built = new SceneBuilder();
        built.Begin(new Size(100, 100));
        Prefix(built);
        built.PushClip(new Rect(10, 10, 80, 80));
        Run(built);
        built.PopClip();
        var expected = built.End();

        Assert.Equal(SceneDump.Write(expected), SceneDump.Write(actual));
        Assert.Equal(expected.Order.AsReadOnlySpan().ToArray(), actual.Order.AsReadOnlySpan().ToArray());
        Assert.Equal(expected.Ramps.AsReadOnlySpan().ToArray(), actual.Ramps.AsReadOnlySpan().ToArray());
        Assert.Equal(expected.Layers.Count, actual.Layers.Count);
        Assert.True(actual.Ramps.Count == 2 && actual.Layers.Count >= 3, $"{actual.Ramps.Count} ramps, {actual.Layers.Count} layers");
    }

    /// <summary>A run under translations only: scissors, an opacity layer, a rounded clip and a masked layer for a second one.</summary>
    private static void AxisAlignedRun(SceneBuilder b)
    {
        b.PushRoundedClip(new Rect(20, 20, 60, 60), CornerRadii.Uniform(10));
        b.PushLayer(0.5f);
        b.AddQuad(Quad.Fill(new Rect(22, 22, 30, 30), Red));
        b.PushRoundedClip(new Rect(60, 60, 40, 40), CornerRadii.Uniform(8));
        b.AddGradient(GradientKind.Linear, new Rect(60, 60, 40, 40), new Point(60, 60), new Point(100, 60), Offsets, Colors);
        b.AddGlyph(GlyphSprite.Create(new Rect(62, 62, 5, 8), new AtlasTile(new TextureId(1), new Rect(0, 0, 5, 8)), Blue));
        b.PopClip();
        b.PopLayer();
        b.PopClip();
        b.PushClip(new Rect(30, 90, 40, 20));
        b.AddShadow(Shadow.Create(new Rect(30, 90, 10, 10), default, new Point(1, 1), 2, 0, Blue));
        b.AddImage(ImageSprite.Create(new Rect(40, 90, 20, 20), new TextureId(9)));
        b.PopClip();
    }

    [Fact]
    public void A_run_replayed_moved_by_a_scroll_equals_the_run_built_under_the_moved_transform()
    {
        var first = new SceneBuilder();
        first.Begin(new Size(300, 300));
        first.PushTransform(Matrix3x2.CreateTranslation(0, -10) * Matrix3x2.CreateScale(2));
        var start = first.Mark();
        AxisAlignedRun(first);
        var end = first.Mark();
        first.PopTransform();
        var previous = new DisplayList();
        previous.CopyFrom(first.End());

        var moved = Matrix3x2.CreateTranslation(0, -17) * Matrix3x2.CreateScale(2);
        var replayed = new SceneBuilder();
        replayed.Begin(new Size(300, 300));
        Prefix(replayed);
        replayed.PushTransform(moved);
        replayed.Replay(previous, start, end, new Vector2(0, -14));
        replayed.PopTransform();
        var actual = replayed.End();

        var built = new SceneBuilder();
        built.Begin(new Size(300, 300));
        Prefix(built);
        built.PushTransform(moved);
        AxisAlignedRun(built);
        built.PopTransform();
        var expected = built.End();

        Assert.Equal(SceneDump.Write(expected), SceneDump.Write(actual));
        Assert.Equal(expected.Scissors.AsReadOnlySpan().ToArray(), actual.Scissors.AsReadOnlySpan().ToArray());
        Assert.Equal(expected.Layers.AsReadOnlySpan().ToArray(), actual.Layers.AsReadOnlySpan().ToArray());
        Assert.True(actual.Layers.AsReadOnlySpan().ToArray().Any(l => l.Mask.IsSet), "the run made no masked layer");
    }

    [Fact]
    public void Marks_inside_a_replayed_run_move_with_it()
    {
        var inner = new SceneMark(5, 1, 2, 3, 4, 6, 1, 2, 7, 20, 0, 6);
        var from = new SceneMark(4, 1, 1, 3, 4, 0, 0, 1, 5, 10, 0, 2);
        var to = new SceneMark(10, 2, 3, 3, 5, 6, 1, 4, 9, 30, 1, 0);
        var moved = inner.Rebased(from, to);
        Assert.Equal(new SceneMark(11, 2, 4, 3, 5, 12, 2, 5, 11, 40, 1, 10), moved);
        Assert.Equal(to.Scissor, (inner with { Scissor = 2 }).Rebased(from, to).Scissor);
    }
}
