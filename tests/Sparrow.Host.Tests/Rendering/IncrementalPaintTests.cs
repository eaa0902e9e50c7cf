using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// Incremental paint (Paint README): the scene a painter builds by copying its clean chunks from the
/// last frame must be the scene a full build gives, item for item, whatever changed; and a small change
/// must rebuild a number of chunks that does not grow with the page.
/// </summary>
public sealed class IncrementalPaintTests
{
    [Theory]
    [InlineData(1, 3000)]
    [InlineData(2, 812)]
    [InlineData(3, 3000)]
    public void Random_single_node_changes_give_the_scene_of_a_full_build(int seed, int viewportHeight)
    {
        using var page = new IncrementalPaintPage(24, new Size(375, viewportHeight), fixedBar: true);
        var random = new Random(seed);
        Assert.Equal(page.PaintFull(), page.PaintIncremental());
        var reused = 0;
        var reusedOnScroll = 0;
        for (var step = 0; step < 150; step++)
        {
            var what = Step(page, random);
            var incremental = page.PaintIncremental();
            var full = page.PaintFull();
            if (incremental != full)
            {
                Assert.Fail($"step {step} ({what}): the incremental scene differs from a full build.\n{FirstDifference(full, incremental)}");
            }

            reused += page.Incremental.Stats.ChunksReused;
            if (what == "scroll by a fraction of a device pixel")
            {
                Assert.Equal(0, page.Incremental.Stats.ChunksReused);
            }

            // Only chunks copied moved: the fixed bar's chunks hold a fixed box, so they are painted.
            reusedOnScroll += what.StartsWith("scroll by ", StringComparison.Ordinal) && what != "scroll by a fraction of a device pixel"
                ? page.Incremental.Stats.ChunksReused : 0;
            Assert.Equal(page.Full.Stats with { ChunksRebuilt = 0, ChunksReused = 0 }, page.Incremental.Stats with { ChunksRebuilt = 0, ChunksReused = 0, GlyphsRasterized = page.Full.Stats.GlyphsRasterized });
        }

        Assert.True(reused > 150, $"only {reused} chunks were copied in 150 frames");
        Assert.True(reusedOnScroll > 0, "no chunk was copied moved on a scroll");
    }

    [Fact]
    public void A_colour_change_rebuilds_as_many_chunks_on_a_long_page_as_on_a_short_one()
    {
        var rebuilt = new int[2];
        var counts = new[] { 20, 80 };
        for (var k = 0; k < counts.Length; k++)
        {
            using var page = new IncrementalPaintPage(counts[k], new Size(375, 20000));
            page.PaintIncremental();
            page.PaintIncremental();
            Assert.Equal(0, page.Incremental.Stats.ChunksRebuilt);
            Assert.Equal(1, page.Incremental.Stats.ChunksReused);

            page.Change(w => w.SetStyle(IncrementalPaintPage.TitleOf(counts[k] / 2), "color: #123456"));
            Assert.Equal(page.PaintFull(), page.PaintIncremental());
            rebuilt[k] = page.Incremental.Stats.ChunksRebuilt;
            Assert.True(page.Incremental.Stats.ChunksReused >= counts[k] - 1, $"{page.Incremental.Stats.ChunksReused} chunks copied of {counts[k]} cards");
        }

        Assert.InRange(rebuilt[0], 1, 6);
        Assert.Equal(rebuilt[0], rebuilt[1]);
    }

    [Fact]
    public void An_evicted_glyph_is_painted_again_not_copied()
    {
        using var page = new IncrementalPaintPage(6, new Size(375, 3000));
        page.PaintIncremental();
        page.GlyphAtlas.Evict();
        Assert.Equal(page.PaintIncremental(), page.PaintFull());
        Assert.True(page.Incremental.Stats.GlyphsRasterized > 0);
    }

    private static string Step(IncrementalPaintPage page, Random random)
    {
        var element = page.Elements[random.Next(page.Elements.Count)];
        var text = page.Texts[random.Next(page.Texts.Count)];
        var color = $"#{random.Next(0x1000000):x6}";
        switch (random.Next(11))
        {
            case 0:
                page.Change(w => w.SetStyle(element, $"color: {color}"));
                return $"color of {element}";
            case 1:
                page.Change(w => w.SetStyle(element, $"background-color: {color}"));
                return $"background of {element}";
            case 2:
                var content = new string('x', random.Next(1, 30));
                page.Change(w => w.SetText(text, content));
                return $"text of {text}";
            case 3:
                var width = random.Next(10, 300);
                page.Change(w => w.SetStyle(element, $"width: {width}px"));
                return $"width of {element}";
            case 4:
            case 5:
                page.Change(w => page.Toggle(w, element));
                return $"class toggle on {element}";
            case 6:
                page.Scroll = new Point(0, random.Next(0, 1500));
                return "scroll";
            case 7:
                page.Change(w => w.SetStyle(element, string.Empty));
                return $"inline style of {element} cleared";
            case 8:
            case 9:
                // A short scroll, as a finger gives: the chunks on screen in both frames are copied moved.
                var from = page.Scroll.Y;
                page.Scroll = new Point(0, Math.Max(0, from + random.Next(-150, 151)));
                return page.Scroll.Y == from ? "scroll unchanged" : $"scroll by {page.Scroll.Y - from}";
            case 10:
                // A quarter CSS px is half a device pixel: the snapping changes, everything is painted.
                page.Scroll = new Point(0, page.Scroll.Y + 0.25f);
                return "scroll by a fraction of a device pixel";
            default:
                return "nothing";
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end)";
            var al = i < a.Length ? a[i] : "(end)";
            if (el != al)
            {
                return $"line {i + 1}:\n  full:        {el}\n  incremental: {al}";
            }
        }

        return "(same lines)";
    }
}
