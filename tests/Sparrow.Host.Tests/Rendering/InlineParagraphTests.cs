using System;
using System.Linq;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// Inline formatting contexts as one paragraph with a span per text node, on real pages: WXML and
/// WXSS compiled and mounted by glass-easel in V8, sent as op batches, styled, laid out and painted.
/// </summary>
public sealed class InlineParagraphTests() : InlinePageTest("inline", Sheet)
{
    private const string Sheet = """
        page { font-family: "DejaVu Sans"; font-size: 16px; line-height: normal; color: #000000; }
        view { display: block; }
        text { display: inline; }
        .p { width: 150px; }
        .red { color: #ff0000; }
        """;

    private const string Sentence = "Price: <text class=\"red\">¥99</text> per item, a long sentence that wraps across the narrow block";

    [Fact]
    public void A_sentence_with_a_colored_text_in_the_middle_wraps_as_one_paragraph()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var tree = page.Boxes.View;

        Assert.Equal(0, tree.ChildCount(view));
        var layout = tree.Text(view)!;
        var paragraph = page.Boxes.GetParagraph(view, page.Boxes.Measurer)!;
        Assert.Equal("Price: ¥99 per item, a long sentence that wraps across the narrow block", paragraph.Text);
        Assert.Equal(3, page.Boxes.SpanCount(view));
        Assert.Equal(NodeWithClass(page, "red"), page.Boxes.SpanElement(view, 1));
        Assert.Equal(view, page.Boxes.SpanElement(view, 0));

        // The same text in one style breaks into the same lines of the same widths: the colored span is
        // part of the lines, not an atomic box beside them.
        var single = page.Boxes.Measurer.GetParagraph(paragraph.Text, paragraph.Style).Layout(150.01f);
        Assert.True(layout.LineCount >= 4, $"{layout.LineCount} lines");
        Assert.Equal(single.LineCount, layout.LineCount);
        for (var i = 0; i < single.LineCount; i++)
        {
            Assert.Equal(single.Lines[i].Width, layout.Lines[i].Width, 3);
            Assert.Equal((single.Lines[i].Start, single.Lines[i].End), (layout.Lines[i].Start, layout.Lines[i].End));
        }

        Assert.Equal(single.Height, tree.Box(view).Height, 2);
        Assert.Equal(150, tree.Box(view).Width);
    }

    [EglFact]
    public void The_scene_paints_the_span_in_its_color_and_the_rest_in_the_blocks()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: true);
        session.RenderFrame(capture: false);
        var glyphs = session.SceneText()!.Split('\n').Where(l => l.TrimStart().StartsWith("glyph", StringComparison.Ordinal)).ToArray();

        // "¥99" is three glyphs; every other visible glyph is the block's black.
        Assert.Equal(3, glyphs.Count(g => g.Contains("color=#ff0000", StringComparison.Ordinal)));
        Assert.Equal(glyphs.Length - 3, glyphs.Count(g => g.Contains("color=#000000", StringComparison.Ordinal)));
        Assert.True(glyphs.Length > 50, $"{glyphs.Length} glyphs");
    }

    [Fact]
    public void White_space_collapses_across_span_boundaries()
    {
        // WeChat's text is white-space: pre-wrap (its spaces would not collapse); this one is normal.
        using var session = Start("<view class=\"p\">Hello <text class=\"red\" style=\"white-space: normal\"> big </text> world</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var paragraph = page.Boxes.GetParagraph(view, page.Boxes.Measurer)!;

        // CSS Text 3 §4.1.1: "Hello " + " big " + " world" is "Hello big world", one space at each boundary.
        Assert.Equal("Hello big world", paragraph.Text);
        var single = page.Boxes.Measurer.GetParagraph("Hello big world", paragraph.Style);
        Assert.Equal(single.MaxContentWidth, paragraph.MaxContentWidth, 3);
    }

    [Fact]
    public void A_decorated_span_stays_an_atomic_box_of_its_own()
    {
        const string wxss = ".pill { background-color: #eeeeee; padding: 0 4px; box-shadow: 0 1px 2px #999999; }";
        using var session = Start("<view class=\"p\">Price: <text class=\"pill\">¥99</text> each</view>", draw: false, wxss);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var pill = NodeWithClass(page, "pill");
        var tree = page.Boxes.View;

        Assert.Null(tree.Text(view));
        Assert.Equal(3, tree.ChildCount(view));
        Assert.Equal(pill, tree.GetChild(view, 1));
        Assert.Equal("¥99", page.Boxes.GetParagraph(pill, page.Boxes.Measurer)!.Text);
        Assert.Equal(8, tree.BoxEdges(pill).PaddingLeft + tree.BoxEdges(pill).PaddingRight);
    }

    [Fact]
    public void A_text_holding_a_nested_text_is_one_paragraph_even_as_a_flex_item()
    {
        using var session = Start("<view class=\"row\"><text class=\"outer\">Total <text class=\"red\">¥99</text> now</text></view>", draw: false, ".row { display: flex; }");
        var page = session.CurrentPage!;
        var outer = NodeWithClass(page, "outer");
        var tree = page.Boxes.View;

        Assert.Equal(1, tree.ChildCount(NodeWithClass(page, "row")));
        Assert.Equal(0, tree.ChildCount(outer));
        Assert.Equal("Total ¥99 now", page.Boxes.GetParagraph(outer, page.Boxes.Measurer)!.Text);
        Assert.Equal(NodeWithClass(page, "red"), page.Boxes.SpanElement(outer, 1));
        Assert.False(page.Boxes.IsBox(NodeWithClass(page, "red")));
    }

    [Fact]
    public void A_text_whose_preserved_spaces_would_collapse_in_the_block_stays_apart()
    {
        // pre-wrap (WeChat's text) keeps both spaces; the block's normal would collapse them.
        using var session = Start("<view class=\"p\">Hello <text class=\"red\">two  spaces</text></view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var red = NodeWithClass(page, "red");

        Assert.Null(page.Boxes.View.Text(view));
        Assert.Equal("two  spaces", page.Boxes.GetParagraph(red, page.Boxes.Measurer)!.Text);
    }

    [Fact]
    public void A_point_over_a_span_finds_its_element_and_elsewhere_the_paragraph()
    {
        using var session = Start($"<view class=\"p\">{Sentence}</view>", draw: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var red = NodeWithClass(page, "red");
        var layout = page.Boxes.View.Text(view)!;
        var run = layout.GlyphRuns.First(r => r.StyleIndex == 1);
        var before = layout.GlyphRuns.First(r => r.StyleIndex == 0);
        var y = run.Y.Span[0] - 5;

        Assert.Equal(1, page.Boxes.SpanAt(view, run.X.Span[0] + 2, y));
        Assert.Equal(red, page.Boxes.ElementAt(view, run.X.Span[0] + 2, y));
        Assert.Equal(red, page.Store.Parent[page.Boxes.SpanTextNode(view, 1)]);
        Assert.Equal(view, page.Boxes.ElementAt(view, before.X.Span[0] + 2, y));
        var end = layout.Lines[0].X + layout.Lines[0].Width + 1;
        Assert.True(end < 150);
        Assert.Equal(-1, page.Boxes.SpanAt(view, end, y)); // past the end of the first line's text
        Assert.Equal(view, page.Boxes.ElementAt(view, end, y));
        Assert.Equal(-1, page.Boxes.SpanAt(view, 5, 500));
    }

    [Fact]
    public void A_setData_on_one_spans_text_rebuilds_only_that_paragraph()
    {
        const string js = "Page({ data: { price: '¥99' }, onLoad() { setTimeout(() => this.setData({ price: '¥1299.50' }), 100); } });";
        using var session = Start(
            "<view class=\"p\">Price: <text class=\"red\">{{price}}</text> each</view><view class=\"p other\">Another <text class=\"red\">span</text> here</view>",
            draw: false,
            js: js,
            settle: false);
        session.RenderFrame(capture: false);
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var other = NodeWithClass(page, "other");
        var otherParagraph = page.Boxes.GetParagraph(other, page.Boxes.Measurer);
        var width = page.Boxes.View.Text(view)!.Width;

        session.Settle();
        session.RenderFrame(capture: false);

        Assert.Equal("Price: ¥1299.50 each", page.Boxes.GetParagraph(view, page.Boxes.Measurer)!.Text);
        Assert.Equal(1, page.Boxes.ParagraphsBuilt);
        Assert.Same(otherParagraph, page.Boxes.GetParagraph(other, page.Boxes.Measurer));
        Assert.True(page.Boxes.View.Text(view)!.Width > width);
    }
}
