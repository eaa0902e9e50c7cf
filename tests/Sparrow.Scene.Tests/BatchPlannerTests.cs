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
        Assert.Equal([BatchBreak.FirstOfKind, BatchBreak.FirstOfKind, BatchBreak.Overlap], planner.Breaks.ToArray());
        Assert.Equal(PrimitiveKind.Glyph, planner.Blockers[2]);
    }

    [Fact]
    public void A_layer_is_one_step_bounded_by_what_it_holds()
    {
        // The layer's bounds are the whole viewport, but it holds one small quad: the quad after it that
        // covers that quad must draw after the layer, and the quads that miss it (one before the layer,
        // one after) may wait and share its batch.
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 10), Blue));
        b.PushLayer(0.5f);
        b.AddQuad(Quad.Fill(new Rect(50, 50, 10, 10), Blue));
        b.PopLayer();
        b.AddQuad(Quad.Fill(new Rect(70, 0, 10, 10), Blue));
        b.AddQuad(Quad.Fill(new Rect(55, 55, 10, 10), Blue));

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        Assert.Equal(
            [(PrimitiveKind.LayerBegin, 1), (PrimitiveKind.Quad, 1), (PrimitiveKind.LayerEnd, 1), (PrimitiveKind.Quad, 3)],
            planner.Batches.ToArray().Select(x => (x.Kind, x.Count)));
        Assert.Equal([1, 0, 2, 3], planner.Items.ToArray().Select(x => x.Index));
        Assert.Equal(BatchBreak.Overlap, planner.Breaks[3]);
        Assert.Equal(PrimitiveKind.LayerEnd, planner.Blockers[3]);
    }

    [Fact]
    public void A_scissor_that_cuts_nothing_does_not_split_a_batch_and_one_that_cuts_does()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 10, 10), Blue));
        b.PushClip(new Rect(0, 20, 40, 40));
        b.AddQuad(Quad.Fill(new Rect(20, 30, 10, 10), Blue)); // inside the clip, anti-aliased margin too
        b.AddQuad(Quad.Fill(new Rect(30, 40, 30, 10), Blue)); // crosses the clip's right edge
        b.PopClip();
        b.AddQuad(Quad.Fill(new Rect(70, 0, 10, 10), Blue));

        var planner = new BatchPlanner();
        var list = b.End();
        planner.Plan(list);
        var batches = planner.Batches.ToArray();
        Assert.Equal([3, 1], batches.Select(x => x.Count));
        Assert.Equal(Batch.Unscissored, batches[0].Scissor);
        Assert.Equal(new Rect(0, 20, 40, 40), list.Scissors[batches[1].Scissor]);
        Assert.Equal(BatchBreak.Scissor, planner.Breaks[1]);
    }

    [Fact]
    public void A_scissor_that_hides_a_primitive_leaves_it_out()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.PushClip(new Rect(0, 0, 10, 10));
        b.AddQuad(Quad.Fill(new Rect(50, 50, 10, 10), Blue));
        b.AddQuad(Quad.Fill(new Rect(2, 2, 4, 4), Blue));
        b.PopClip();

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        Assert.Equal([1], planner.Items.ToArray().Select(x => x.Index));
    }

    [Fact]
    public void A_rounded_clip_inside_its_scissor_leaves_the_primitive_whole()
    {
        // A bar at a card's edge: its anti-aliased margin crosses the card's scissor, but its clip mask
        // (the card) is zero there, so the scissor cuts nothing and the bars of two cards share a batch.
        var b = new SceneBuilder();
        b.Begin(new Size(200, 100));
        for (var i = 0; i < 2; i++)
        {
            b.PushRoundedClip(new Rect(i * 100, 0, 90, 50), new CornerRadii(8, 8, 8, 8));
            b.AddQuad(Quad.Fill(new Rect(i * 100, 0, 4, 50), Blue));
            b.PopClip();
        }

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        Assert.Equal([(PrimitiveKind.Quad, 2)], planner.Batches.ToArray().Select(x => (x.Kind, x.Count)));
        Assert.Equal(Batch.Unscissored, planner.Batches[0].Scissor);
    }

    [Fact]
    public void Text_sinks_past_the_next_card_to_share_its_batch()
    {
        // Cards side by side, each a shadow, a box and a glyph; the second card's shadow falls on the
        // first card's box, so shadows and boxes alternate, but the first glyph can wait for the second.
        var b = new SceneBuilder();
        b.Begin(new Size(300, 100));
        for (var i = 0; i < 2; i++)
        {
            var card = new Rect(10 + (i * 100), 10, 90, 50);
            b.AddShadow(Shadow.Create(card, default, new Point(0, 2), 8, 0, Blue));
            b.AddQuad(Quad.Fill(card, Blue));
            b.AddGlyph(GlyphSprite.Create(new Rect(card.X + 10, 20, 4, 4), Tile, Blue));
        }

        var planner = new BatchPlanner();
        planner.Plan(b.End());
        Assert.Equal(
            [(PrimitiveKind.Shadow, 1), (PrimitiveKind.Quad, 1), (PrimitiveKind.Shadow, 1), (PrimitiveKind.Quad, 1), (PrimitiveKind.Glyph, 2)],
            planner.Batches.ToArray().Select(x => (x.Kind, x.Count)));
        Assert.Equal([0, 0, 1, 1, 0, 1], planner.Items.ToArray().Select(x => x.Index));
    }

    [Fact]
    public void A_batch_binds_up_to_its_texture_slots()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        for (var i = 0; i < 3; i++)
        {
            b.AddGlyph(GlyphSprite.Create(new Rect(i * 10, 0, 4, 4), Tile with { Texture = new TextureId((uint)(i + 1)) }, Blue));
        }

        var list = b.End();
        var eight = new BatchPlanner(8);
        eight.Plan(list);
        Assert.Equal([3], eight.Batches.ToArray().Select(x => x.Count));
        Assert.Equal([new TextureId(1), new TextureId(2), new TextureId(3)], eight.TexturesOf(0).ToArray());
        Assert.Equal([0, 1, 2], eight.Slots.ToArray().Select(x => (int)x));

        var two = new BatchPlanner(2);
        two.Plan(list);
        Assert.Equal([2, 1], two.Batches.ToArray().Select(x => x.Count));
        Assert.Equal(BatchBreak.Textures, two.Breaks[1]);
        Assert.Equal([new TextureId(3)], two.TexturesOf(1).ToArray());
    }

    [Fact]
    public void Without_reordering_every_primitive_is_a_batch_in_paint_order()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 300));
        for (var i = 0; i < 3; i++)
        {
            b.AddQuad(Quad.Fill(new Rect(0, i * 100, 100, 90), Blue));
            b.AddGlyph(GlyphSprite.Create(new Rect(10, (i * 100) + 10, 4, 4), Tile, Blue));
        }

        var planner = new BatchPlanner { Reorder = false };
        planner.Plan(b.End());
        Assert.Equal(6, planner.Batches.Length);
        Assert.Equal([0, 0, 1, 1, 2, 2], planner.Items.ToArray().Select(x => x.Index));
        Assert.All(planner.Batches.ToArray(), x => Assert.Equal(0, x.Scissor));
    }

    [Fact]
    public void The_dump_names_each_batch_and_why_it_started()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddQuad(Quad.Fill(new Rect(0, 0, 50, 50), Blue));
        b.AddGlyph(GlyphSprite.Create(new Rect(10, 10, 4, 4), Tile, Blue));
        b.AddQuad(Quad.Fill(new Rect(8, 8, 10, 10), Blue));
        var list = b.End();
        var planner = new BatchPlanner();
        planner.Plan(list);

        Assert.Equal(
            "3 draw calls, 3 batches, 0 layers, 3 of 3 primitives drawn; started by: first-of-kind 2 overlap 1\n"
            + "  0 quad x1 scissor=none started: first-of-kind\n"
            + "  1 glyph x1 textures=t1 scissor=none started: first-of-kind\n"
            + "  2 quad x1 scissor=none started: overlap with glyph\n",
            BatchDump.Write(list, planner));
    }
}
