using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Queries;
using Sparrow.Host.Tests.Headless;
using Sparrow.Paint;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// An inline element with padding, borders or margins inside a paragraph (CSS 2 §9.4.2, box-decoration-break:
/// slice): it joins the paragraph as an inline box with start and end edges, wraps with it, and has one border
/// box per line, which paint and boundingClientRect read. Real pages: WXML and WXSS through glass-easel in V8.
/// </summary>
public sealed class InlineEdgeBoxTests() : InlinePageTest("edges", Sheet)
{
    private const string Sheet = """
        page { font-family: "DejaVu Sans"; font-size: 16px; line-height: 24px; color: #000000; }
        view { display: block; }
        text { display: inline; }
        .p { width: 150px; }
        .pad { padding: 3px 12px; margin: 0 5px; border: 2px solid #1976d2; background-color: #ffe082; border-radius: 4px; }
        """;

    private const string Sentence = "Plain words, then <text class=\"pad\">a padded phrase long enough to wrap</text> and the end.";

    [Fact]
    public void A_padded_bordered_text_joins_the_paragraph_with_its_edges_and_wraps()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var pad = NodeWithClass(page, "pad");
        var tree = page.Boxes.View;

        Assert.False(page.Boxes.IsBox(pad));
        Assert.Equal(0, tree.ChildCount(view));
        var paragraph = page.Boxes.GetParagraph(view, page.Boxes.Measurer)!;
        Assert.Equal(1, paragraph.InlineBoxCount);

        var layout = tree.Text(view)!;
        var boxes = layout.InlineBoxFragments;
        Assert.True(boxes.Count >= 2, $"{boxes.Count} fragments");
        Assert.All(boxes, f => Assert.Equal(pad, f.Tag));
        Assert.True(boxes[0].First && !boxes[0].Last);
        Assert.True(boxes[^1].Last && !boxes[^1].First);

        // The start edge (5 + 2 + 12) comes before the first glyph of the span, the end edge after its last.
        var spanRuns = layout.GlyphRuns.Where(r => r.StyleIndex == 1).ToArray();
        Assert.Equal(spanRuns[0].X.Span[0], boxes[0].Left, 3);
        var lastLine = layout.Lines[boxes[^1].Line];
        Assert.Equal(spanRuns[^1].X.Span[^1] + page.Boxes.Measurer.GetParagraph("p", paragraph.Style).MaxContentWidth, boxes[^1].Right, 1);
        var right = lastLine.X + lastLine.Width;
        var tail = layout.GlyphRuns.FirstOrDefault(r => r.StyleIndex == 2 && r.Y.Span[0] == lastLine.Baseline);
        Assert.True(tail is null ? right >= boxes[^1].Right + 19 - 0.01f : tail.X.Span[0] >= boxes[^1].Right + 19 - 0.01f, $"{right} after {boxes[^1].Right}");
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 150.01f, $"{l.Width}"));

        // The line height is the line-height's: vertical padding and borders do not change it.
        Assert.All(layout.Lines, l => Assert.Equal(24, l.Height, 3));

        // Border boxes: 3 + 2 px above and below the content area, the left side on the first fragment only.
        var rects = new List<Rect>();
        Assert.Equal(boxes.Count, InlineFragments.CollectBordered(page.Cascade.Styles, layout, pad, rects));
        Assert.Equal(boxes[0].Left - 14, rects[0].X, 3);
        Assert.Equal(boxes[0].Top - 5, rects[0].Y, 3);
        Assert.Equal(boxes[0].Bottom - boxes[0].Top + 10, rects[0].Height, 3);
        Assert.Equal(boxes[1].Left, rects[1].X, 3);
        Assert.Equal(boxes[^1].Right + 14, rects[^1].Right, 3);
    }

    [Fact]
    public void BoundingClientRect_is_the_union_of_the_border_boxes()
    {
        using var session = Start($"<view class=\"p\" style=\"margin: 10px 20px\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var pad = NodeWithClass(page, "pad");
        var rects = new List<Rect>();
        InlineFragments.CollectBordered(page.Cascade.Styles, page.Boxes.View.Text(view)!, pad, rects);

        var rect = PageGeometry.ClientRect(page, (int)page.Store.Handle[pad], 0)!.Value;
        Assert.Equal(20 + rects.Min(f => f.X), rect.X, 3);
        Assert.Equal(10 + rects.Min(f => f.Y), rect.Y, 3);
        Assert.Equal(rects.Max(f => f.Right) - rects.Min(f => f.X), rect.Width, 3);
        Assert.Equal(rects.Max(f => f.Bottom) - rects.Min(f => f.Y), rect.Height, 3);
    }

    [Fact]
    public void An_edge_change_rebuilds_the_paragraph_and_an_empty_padded_text_takes_its_width()
    {
        using var session = Start("<view class=\"p\">ab<text class=\"e\"></text>cd</view>", draw: false, wxss: ".e { padding: 0 10px; }");
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var layout = page.Boxes.View.Text(view)!;
        var plain = page.Boxes.Measurer.GetParagraph("abcd", page.Boxes.GetParagraph(view, page.Boxes.Measurer)!.Style).MaxContentWidth;

        Assert.Equal(plain + 20, layout.Width, 3);
        var f = Assert.Single(layout.InlineBoxFragments);
        Assert.Equal(f.Left, f.Right);
    }

    [Fact]
    public void A_point_on_the_padding_or_border_finds_the_element()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var pad = NodeWithClass(page, "pad");
        var first = page.Boxes.View.Text(view)!.InlineBoxFragments[0];
        var middle = (first.Top + first.Bottom) / 2;

        // Inside the left padding (12 px) and border (2 px) of the first fragment, off every glyph run's own span.
        Assert.Equal(pad, page.Boxes.ElementAt(view, first.Left - 6, middle));
        Assert.Equal(pad, page.Boxes.ElementAt(view, first.Left - 13, middle));
        Assert.Equal(pad, page.Boxes.ElementAt(view, first.Left + 3, first.Top - 4));
        Assert.Equal(pad, page.Boxes.ElementAt(view, first.Left + 3, middle));

        // In the left margin (5 px) it is the paragraph's.
        Assert.Equal(view, page.Boxes.ElementAt(view, first.Left - 16, middle));
    }

    [Fact]
    public void A_padded_text_before_a_block_is_part_of_the_anonymous_paragraph()
    {
        using var session = Start("<view class=\"p\">Lead <text class=\"pad\">boxed</text> words<view class=\"blk\"></view></view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var tree = page.Boxes.View;

        Assert.Equal(2, tree.ChildCount(view));
        var anonymous = tree.GetChild(view, 0);
        Assert.False(page.Boxes.IsBox(NodeWithClass(page, "pad")));
        var fragment = Assert.Single(tree.Text(anonymous)!.InlineBoxFragments);
        Assert.Equal(NodeWithClass(page, "pad"), fragment.Tag);
        Assert.Equal(fragment.Left - 19, fragment.OuterLeft, 3);
    }

    [Fact]
    public void A_highlighted_text_holding_a_padded_one_covers_its_edges()
    {
        using var session = Start("<view class=\"p\">ab <text class=\"hl\">cd<text class=\"e\">ef</text>gh</text> ij</view>", draw: false, ".hl { background-color: #eeeeee; } .e { padding: 0 9px; }");
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var hl = NodeWithClass(page, "hl");
        var layout = page.Boxes.View.Text(view)!;
        var inner = Assert.Single(layout.InlineBoxFragments);
        var fragments = new List<Rect>();
        InlineFragments.Collect(page.Boxes.View, page.Store, layout, view, view, hl, page.Boxes.Measurer.DevicePixelRatio, fragments);

        var outer = Assert.Single(fragments);
        Assert.Equal(inner.Left - 9, inner.OuterLeft, 3);
        Assert.True(outer.X < inner.OuterLeft && outer.Right > inner.OuterRight, $"{outer} around {inner}");
    }

    [EglFact]
    public void The_scene_paints_sliced_borders_one_quad_per_fragment_before_the_text()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: true);
        session.RenderFrame(capture: false);
        var page = session.CurrentPage!;
        var fragments = page.Boxes.View.Text(NodeWithClass(page, "p"))!.InlineBoxFragments;
        var scene = session.SceneText()!.Split('\n');
        var quads = scene.Select((l, i) => (l, i)).Where(x => x.l.Contains("bg=#ffe082", StringComparison.OrdinalIgnoreCase)).ToArray();
        var firstGlyph = Array.FindIndex(scene, l => l.TrimStart().StartsWith("glyph", StringComparison.Ordinal));

        Assert.Equal(fragments.Count, quads.Length);
        Assert.All(quads, q => Assert.True(q.i < firstGlyph, q.l));
        Assert.All(quads, q => Assert.Contains("border", q.l, StringComparison.Ordinal));
        Assert.NotEqual(quads[0].l, quads[^1].l);
    }
}
