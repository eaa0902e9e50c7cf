using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

public class BatchPlannerTests
{
    private static readonly Color Blue = new(0, 0, 255, 255);
    private static readonly AtlasTile Tile = new(new TextureId(1), new Rect(0, 0, 4, 4));

    [Fact]
    public void Cards_of_a_box_and_its_text_that_do_not_overlap_take_two_batches()
    {
        // Three cards down the page, each a box with a glyph on it: paint order alternates
        // quad, glyph, quad, glyph…; no card overlaps another, so the quads all draw first.
        var b = new SceneBuilder();
        b.Begin(new Size(100, 300));
        for (var i = 0; i < 3; i++)
        {
            b.AddQuad(Quad.Fill(new Rect(0, i * 100, 100, 90), Blue));
            b.AddGlyph(GlyphSprite.Create(new Rect(10, (i * 100) + 10, 4, 4), Tile, Blue));
        }

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        Assert.Equal([(PrimitiveKind.Quad, 3), (PrimitiveKind.Glyph, 3)], planner.Batches.ToArray().Select(x => (x.Kind, x.Count)));
        Assert.Equal([0, 1, 2, 0, 1, 2], planner.Items.ToArray().Select(x => x.Index));
    }

    [Fact]
    public void A_primitive_never_moves_below_one_it_overlaps()
    {
        // Quad, glyph on it, a second quad over the glyph: the second quad must draw after the glyph.
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 50, 50), Blue));
        b.AddGlyph(GlyphSprite.Create(new Rect(10, 10, 4, 4), Tile, Blue));
        b.AddQuad(Quad.Fill(new Rect(8, 8, 10, 10), Blue));

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        Assert.Equal([PrimitiveKind.Quad, PrimitiveKind.Glyph, PrimitiveKind.Quad], planner.Batches.ToArray().Select(x => x.Kind));
    }

    [Fact]
    public void Layers_are_barriers_and_scissors_split_batches()
    {
        // Four quads that overlap nothing: still four batches, split by the layer and the scissor.
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 10), Blue));
        b.PushLayer(0.5f);
        b.AddQuad(Quad.Fill(new Rect(50, 50, 10, 10), Blue));
        b.PopLayer();
        b.PushClip(new Rect(0, 0, 40, 40));
        b.AddQuad(Quad.Fill(new Rect(20, 20, 10, 10), Blue));
        b.PopClip();
        b.AddQuad(Quad.Fill(new Rect(70, 0, 10, 10), Blue));

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        var kinds = planner.Batches.ToArray().Select(x => (x.Kind, x.Count)).ToArray();
        Assert.Equal(
            [(PrimitiveKind.Quad, 1), (PrimitiveKind.LayerBegin, 1), (PrimitiveKind.Quad, 1), (PrimitiveKind.LayerEnd, 1), (PrimitiveKind.Quad, 1), (PrimitiveKind.Quad, 1)],
            kinds);
    }
}
