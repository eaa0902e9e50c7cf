using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Queries;
using Sparrow.Host.Rendering;
using Sparrow.Host.Tests.Headless;
using Sparrow.Paint;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// An inline element with a background inside a paragraph (CSS 2 §9.4.2, box-decoration-break: slice):
/// its text wraps with the paragraph, and it has one fragment per line, which paint, hit-testing and
/// boundingClientRect all read. Real pages: WXML and WXSS through glass-easel in V8.
/// </summary>
public sealed class InlineFragmentTests() : InlinePageTest("fragments", Sheet)
{
    private const string Sheet = """
        page { font-family: "DejaVu Sans"; font-size: 16px; line-height: 24px; color: #000000; }
        view { display: block; }
        text { display: inline; }
        .p { width: 150px; }
        .mark { background-color: #ffe082; border-radius: 4px; }
        """;

    private const string Sentence = "Plain words, then <text class=\"mark\">a highlighted phrase long enough to wrap</text> and the end.";

    [Fact]
    public void A_highlighted_text_joins_the_paragraph_and_has_one_fragment_per_line()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var mark = NodeWithClass(page, "mark");
        var tree = page.Boxes.View;

        Assert.False(page.Boxes.IsBox(mark));
        Assert.Equal(0, tree.ChildCount(view));
        var layout = tree.Text(view)!;
        Assert.Equal(mark, page.Boxes.SpanElement(view, 1));

        var fragments = Fragments(page, view, mark);
        var lines = layout.GlyphRuns.Where(r => r.StyleIndex == 1).GroupBy(r => r.Y.Span[0]).ToArray();
        Assert.True(lines.Length >= 2, $"{lines.Length} lines");
        Assert.Equal(lines.Length, fragments.Count);

        // Each fragment starts at the mark's first glyph on its line (a later line's start, 0) and is the
        // content area of the font (DejaVu Sans 16 px: ascent 15, descent 4) around that line's baseline.
        for (var i = 0; i < fragments.Count; i++)
        {
            Assert.Equal(lines[i].First().X.Span[0], fragments[i].X, 3);
            Assert.Equal(lines[i].Key - 15, fragments[i].Y, 3);
            Assert.Equal(19, fragments[i].Height, 3);
            Assert.True(fragments[i].Right <= 150.01f, $"{fragments[i]}");
            if (i > 0)
            {
                Assert.Equal(0, fragments[i].X, 3);
            }
        }
    }

    [Fact]
    public void BoundingClientRect_of_the_element_is_the_union_of_its_fragments()
    {
        using var session = Start($"<view class=\"p\" style=\"margin: 10px 20px\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var mark = NodeWithClass(page, "mark");
        var fragments = Fragments(page, view, mark);
        var handle = (int)page.Store.Handle[mark];

        var rect = PageGeometry.ClientRect(page, handle, 0)!.Value;
        Assert.Equal(20 + fragments.Min(f => f.X), rect.X, 3);
        Assert.Equal(10 + fragments[0].Y, rect.Y, 3);
        Assert.Equal(fragments.Max(f => f.Right) - fragments.Min(f => f.X), rect.Width, 3);
        Assert.Equal(fragments[^1].Bottom - fragments[0].Y, rect.Height, 3);

        // Scrolled by 5: client coordinates move up.
        Assert.Equal(rect.Y - 5, PageGeometry.ClientRect(page, handle, 5)!.Value.Y, 3);
    }

    [Fact]
    public void A_point_on_a_later_fragment_finds_the_element()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var mark = NodeWithClass(page, "mark");
        var last = Fragments(page, view, mark)[^1];

        Assert.Equal(mark, page.Boxes.ElementAt(view, last.X + 2, last.Y + (last.Height / 2)));
        Assert.Equal(view, page.Boxes.ElementAt(view, last.Right + 4, last.Y + (last.Height / 2)));
    }

    [Fact]
    public void Percentage_padding_still_keeps_an_inline_element_an_atomic_box()
    {
        using var session = Start("<view class=\"p\">Price: <text class=\"mark\" style=\"padding: 0 5%\">¥99</text> each</view>", draw: false);
        var page = session.CurrentPage!;

        Assert.True(page.Boxes.IsBox(NodeWithClass(page, "mark")));
        Assert.Null(page.Boxes.View.Text(NodeWithClass(page, "p")));
    }

    [EglFact]
    public void The_scene_paints_one_background_per_fragment_under_the_text_rounding_only_the_outer_ends()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: true);
        session.RenderFrame(capture: false);
        var page = session.CurrentPage!;
        var fragments = Fragments(page, NodeWithClass(page, "p"), NodeWithClass(page, "mark"));
        var scene = session.SceneText()!.Split('\n');
        var quads = scene.Select((l, i) => (l, i)).Where(x => x.l.Contains("bg=#ffe082", StringComparison.OrdinalIgnoreCase)).ToArray();
        var firstGlyph = Array.FindIndex(scene, l => l.TrimStart().StartsWith("glyph", StringComparison.Ordinal));

        Assert.Equal(fragments.Count, quads.Length);
        Assert.All(quads, q => Assert.True(q.i < firstGlyph, q.l));
        Assert.Contains("radii", quads[0].l, StringComparison.Ordinal);
        Assert.Contains("radii", quads[^1].l, StringComparison.Ordinal);
        for (var i = 1; i < quads.Length - 1; i++)
        {
            Assert.DoesNotContain("radii", quads[i].l, StringComparison.Ordinal);
        }
    }

    private static List<Rect> Fragments(PageDocument page, int leaf, int element)
    {
        var fragments = new List<Rect>();
        InlineFragments.Collect(page.Boxes.View, page.Store, page.Boxes.View.Text(leaf)!, leaf, leaf, element, page.Boxes.Measurer.DevicePixelRatio, fragments);
        return fragments;
    }
}
