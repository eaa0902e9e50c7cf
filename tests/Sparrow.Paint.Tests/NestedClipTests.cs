using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>
/// A rounded, clipping child that reaches into its rounded, clipping parent's corner: painted in a layer
/// masked by the parent's clip, with the child's clip as the mask of what it holds; incremental frames
/// give the full build's scene whether the chunk under the layer is copied or painted again.
/// </summary>
public sealed class NestedClipTests
{
    /// <summary>A card clipping to radius 20 holding an avatar (radius 10, clipping) at (x, y) with 8 rows in it.</summary>
    private static PaintFixture Card(float x, float y)
    {
        var f = new PaintFixture(200, 200);
        f.Css("""
            .card { overflow: hidden; border-radius: 20px; background-color: #eeeeee; }
            .avatar { overflow: hidden; border-radius: 10px; background-color: #1565c0; }
            .row { background-color: #ffb300; }
            """);
        f.El(2, "view", classes: "card").El(3, "view", 2, classes: "avatar");
        for (uint i = 0; i < 8; i++)
        {
            f.El(10 + i, "view", 3, classes: "row");
        }

        f.Box(2, 20, 20, 120, 100).Box(3, x, y, 60, 50);
        for (uint i = 0; i < 8; i++)
        {
            f.Box(10 + i, 0, 6 * i, 60, 4);
        }

        return f;
    }

    [Fact]
    public void A_child_clip_in_the_parent_s_corner_draws_in_a_layer_masked_by_the_parent()
    {
        using var f = Card(-10, -10);
        var dump = f.Paint();
        Assert.Contains("layer opacity=1 mask=(20,20 120x100) radii=20,20,20,20 {", dump);
        Assert.Contains("quad (10,10 60x4) bg=#ffb300 clip=(10,10 60x50) radii=10,10,10,10 scissor=(20,20 50x40)", dump);
        Assert.Equal(0, f.Builder.List.ApproximatedClips);

        // Moved well inside the card, the child's clip implies the card's: no layer.
        using var inside = Card(30, 30);
        Assert.DoesNotContain("layer", inside.Paint());
    }

    [Fact]
    public void Incremental_frames_equal_full_builds_as_the_child_moves_in_and_out_of_the_corner()
    {
        using var f = Card(-10, -10);
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 0;
        var first = f.Paint(2);
        using (var full = Card(-10, -10))
        {
            Assert.Equal(full.Paint(2), first);
        }

        // Unchanged: copied whole.
        Assert.Equal(first, f.Paint(2));
        Assert.Equal(0, f.Painter.Stats.ChunksRebuilt);

        // A row under the layer changes.
        f.Painter.Invalidate(f.Node(13));
        Assert.Equal(first, f.Paint(2));
        Assert.True(f.Painter.Stats.ChunksRebuilt > 0);

        // The child moves inside the card (no layer), then back into the corner (a layer again).
        foreach (var (x, y) in new[] { (30f, 30f), (-10f, -10f), (80f, 60f) })
        {
            f.Box(3, x, y, 60, 50);
            using var full = Card(x, y);
            Assert.Equal(full.Paint(2), f.Paint(2));
        }
    }
}
