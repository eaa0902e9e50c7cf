using System.Collections.Immutable;
using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>Inline boxes whose start and end edges take room in the lines (Paragraph.InlineBoxes.cs).</summary>
public sealed class InlineBoxEdgeTests
{
    private static readonly TextStyle Body = new() { Font = FontQuery.Of("DejaVu Sans") };
    private static readonly TextStyle Span = Body with { FontSize = 20 };

    private static StyledText Boxed(float start, float end, params (string Text, TextStyle Style)[] runs) =>
        StyledText.Create(runs).WithInlineBoxes([new StyledInlineBox(1, 2, start, end, -1, runs[1].Style, 7)]);

    private static float Width(TextMeasurer m, string text, TextStyle style) => m.GetParagraph(text, style).MaxContentWidth;

    [Fact]
    public void Edges_widen_the_line_and_push_the_glyphs_after_them()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var plain = m.GetParagraph(StyledText.Create(("ab ", Body), ("cd", Body), (" ef", Body)), Body).Layout(1000);
        var boxed = m.GetParagraph(Boxed(10, 6, ("ab ", Body), ("cd", Body), (" ef", Body)), Body).Layout(1000);

        Assert.Equal(plain.Width + 16, boxed.Width, 3);
        var plainX = plain.GlyphRuns.SelectMany(r => r.X.ToArray()).ToArray();
        var boxedX = boxed.GlyphRuns.SelectMany(r => r.X.ToArray()).ToArray();
        Assert.Equal(plainX.Length, boxedX.Length);

        // "ab " before the box stays; "cd" moves by the start edge; " ef" by both edges.
        for (var i = 0; i < plainX.Length; i++)
        {
            var shift = i < 3 ? 0 : i < 5 ? 10 : 16;
            Assert.Equal(plainX[i] + shift, boxedX[i], 3);
        }

        var f = Assert.Single(boxed.InlineBoxFragments);
        Assert.Equal((0, 7, 0, true, true), (f.Box, f.Tag, f.Line, f.First, f.Last));
        Assert.Equal(plainX[3] + 10, f.Left, 3);
        Assert.Equal(plainX[5] + 10, f.Right, 3);
    }

    [Fact]
    public void A_wrapped_box_has_its_start_edge_on_the_first_line_and_its_end_edge_on_the_last()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var word = Width(m, "word", Body);
        var space = Width(m, "a b", Body) - Width(m, "ab", Body);
        var p = m.GetParagraph(Boxed(20, 30, ("x ", Body), ("word word", Body), (" y", Body)), Body);

        // "x " + start edge + "word" fits in the first line, the rest goes to the second.
        var spaceY = Width(m, "a y", Body) - Width(m, "a", Body);
        var xSpace = Width(m, "x word", Body) - word;
        var available = word + 30 + spaceY + 1;
        Assert.True(available < xSpace + 20 + word + space + word);
        var layout = p.Layout(available);
        Assert.Equal(2, layout.LineCount);
        Assert.Equal(Width(m, "x word", Body) + 20, layout.Lines[0].Width, 2);
        Assert.Equal(word + 30 + spaceY, layout.Lines[1].Width, 2);

        var fragments = layout.InlineBoxFragments;
        Assert.Equal(2, fragments.Count);
        Assert.Equal((true, false), (fragments[0].First, fragments[0].Last));
        Assert.Equal((false, true), (fragments[1].First, fragments[1].Last));
        Assert.Equal(xSpace + 20, fragments[0].Left, 2);
        Assert.Equal(0, fragments[1].Left, 3);
        Assert.Equal(word, fragments[1].Right, 2);

        // The content area is the box's font's, around each line's baseline.
        var metrics = fonts.PrimaryFace(Body.Font).Face.Metrics.At(Body.FontSize, 1);
        Assert.Equal(layout.Lines[1].Baseline - metrics.Ascent, fragments[1].Top, 3);
        Assert.Equal(layout.Lines[1].Baseline + metrics.Descent, fragments[1].Bottom, 3);
    }

    [Fact]
    public void A_start_edge_stays_glued_to_the_first_glyph_so_the_break_before_it_moves_it_down()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var a = Width(m, "aaaa", Body);

        // "aaaa " then the box "bbbb": without edges both words fit; a start edge glued to "b" pushes the
        // whole box to line two (the opportunity after the space stays the only one), start edge included.
        var available = Width(m, "aaaa bbbb", Body) + 5;
        Assert.Equal(1, m.GetParagraph(StyledText.Create(("aaaa ", Body), ("bbbb", Body)), Body).Layout(available).LineCount);
        var layout = m.GetParagraph(
            StyledText.Create(("aaaa ", Body), ("bbbb", Body), ("", Body)).WithInlineBoxes([new StyledInlineBox(1, 2, 10, 0, -1, Body, 1)]), Body).Layout(available);
        Assert.Equal(2, layout.LineCount);
        Assert.Equal(a, layout.Lines[0].Width, 2);
        Assert.Equal(10 + Width(m, "bbbb", Body), layout.Lines[1].Width, 2);
        var f = Assert.Single(layout.InlineBoxFragments);
        Assert.Equal((1, 10f), (f.Line, f.Left));

        // And min-content counts the edge with its word.
        var p = m.GetParagraph(Boxed(12, 8, ("a ", Body), ("bbbb", Body), (" c", Body)), Body);
        Assert.Equal(12 + Width(m, "bbbb", Body) + 8, p.MinContentWidth, 2);
    }

    [Fact]
    public void Nested_boxes_each_add_their_own_edges_in_tag_order()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);

        // <outer start=3 end=4>o<inner start=10 end=20>i</inner></outer>: inner's end edge before outer's.
        var content = StyledText.Create(("o", Span), ("i", Body), ("z", Body)).WithInlineBoxes(
        [
            new StyledInlineBox(0, 2, 3, 4, -1, Span, 1),
            new StyledInlineBox(1, 2, 10, 20, 0, Body, 2),
        ]);
        var layout = m.GetParagraph(content, Body).Layout(1000);
        var o = Width(m, "o", Span);
        var i = Width(m, "i", Body);
        Assert.Equal(3 + o + 10 + i + 20 + 4 + Width(m, "z", Body), layout.Width, 2);
        var outer = layout.InlineBoxFragments.Single(f => f.Tag == 1);
        var inner = layout.InlineBoxFragments.Single(f => f.Tag == 2);
        Assert.Equal(3, outer.Left, 3);
        Assert.Equal(3 + o + 10 + i + 20, outer.Right, 2);
        Assert.Equal(3 + o + 10, inner.Left, 2);
        Assert.Equal(3 + o + 10 + i, inner.Right, 2);
        Assert.Equal((3 + o, 3 + o + 10 + i + 20), (inner.OuterLeft, inner.OuterRight));
        Assert.Equal((0f, outer.Right + 4), (outer.OuterLeft, outer.OuterRight));

        // The outer box's content area is its 20 px font's, taller than the inner box's.
        Assert.True(outer.Bottom - outer.Top > inner.Bottom - inner.Top);
    }

    [Fact]
    public void An_empty_box_takes_its_width_where_it_sits()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var ab = Width(m, "ab", Body);
        var a = Width(m, "a", Body);

        // "a" <empty start=5 end=7/> "b", and an empty box at the very end.
        var content = StyledText.Create(("a", Body), ("b", Body)).WithInlineBoxes(
        [
            new StyledInlineBox(1, 1, 5, 7, -1, Body, 1),
            new StyledInlineBox(2, 2, 2, 3, -1, Body, 2),
        ]);
        var layout = m.GetParagraph(content, Body).Layout(1000);
        Assert.Equal(ab + 12 + 5, layout.Width, 2);
        var mid = layout.InlineBoxFragments.Single(f => f.Tag == 1);
        Assert.Equal((a + 5, a + 5), (mid.Left, mid.Right));
        Assert.True(mid.First && mid.Last);
        var end = layout.InlineBoxFragments.Single(f => f.Tag == 2);
        Assert.Equal(ab + 12 + 2, end.Left, 2);
    }

    [Fact]
    public void Text_align_center_centres_the_line_with_its_edges()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var centred = Body with { TextAlign = TextAlign.Center };
        var layout = m.GetParagraph(Boxed(20, 20, ("a", Body), ("b", Body), ("c", Body)), centred).Layout(300);
        var line = layout.Lines[0];
        Assert.Equal(Width(m, "abc", Body) + 40, line.Width, 2);
        Assert.Equal((300 - line.Width) / 2, line.X, 2);
        var f = Assert.Single(layout.InlineBoxFragments);
        Assert.Equal(line.X + Width(m, "a", Body) + 20, f.Left, 2);
    }

    [Fact]
    public void Edges_count_in_equality_and_bad_boxes_are_refused()
    {
        var a = Boxed(1, 2, ("a", Body), ("b", Body), ("c", Body));
        Assert.Equal(a, Boxed(1, 2, ("a", Body), ("b", Body), ("c", Body)));
        Assert.NotEqual(a, Boxed(1, 3, ("a", Body), ("b", Body), ("c", Body)));
        Assert.NotEqual(a, StyledText.Create(("a", Body), ("b", Body), ("c", Body)));
        var text = StyledText.Create(("a", Body));
        Assert.Throws<System.ArgumentException>(() => text.WithInlineBoxes([new StyledInlineBox(0, 2, 0, 0, -1, Body, 0)]));
        Assert.Throws<System.ArgumentException>(() => text.WithInlineBoxes([new StyledInlineBox(0, 1, -1, 0, -1, Body, 0)]));
        Assert.Throws<System.ArgumentException>(() => text.WithInlineBoxes([new StyledInlineBox(0, 1, 0, 0, 0, Body, 0)]));
        Assert.Equal(ImmutableArray<StyledInlineBox>.Empty, text.InlineBoxes);
    }
}
