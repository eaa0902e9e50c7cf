using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// Inline formatting contexts holding atomic inline boxes (placeholders in one paragraph) and runs of
/// inline content beside blocks (anonymous blocks), on real pages through the whole engine.
/// </summary>
public sealed class MixedParagraphTests() : InlinePageTest("mixed", Sheet)
{
    private const string Sheet = """
        page { font-family: "DejaVu Sans"; font-size: 16px; line-height: normal; color: #000000; }
        view { display: block; }
        text { display: inline; }
        .p { width: 200px; }
        .ib { display: inline-block; padding: 4px; border: 1px solid #aa6600; }
        .sq { display: inline-block; width: 30px; height: 30px; }
        .b { font-weight: bold; }
        .blk { height: 20px; }
        """;

    [Fact]
    public void Text_wraps_around_inline_blocks_that_sit_on_its_baseline()
    {
        using var session = Start("<view class=\"p\">Some words before <view class=\"ib\">box</view> and after it, long enough to wrap around <view class=\"sq\"></view> the second box too.</view>");
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var ib = NodeWithClass(page, "ib");
        var sq = NodeWithClass(page, "sq");
        var tree = page.Boxes.View;
        var paragraph = page.Boxes.GetParagraph(view, page.Boxes.Measurer)!;
        var text = tree.Text(view)!;

        // One paragraph: the two boxes are placeholders in its text and its only box children.
        Assert.Equal(2, paragraph.PlaceholderCount);
        Assert.Equal("Some words before \uFFFC and after it, long enough to wrap around \uFFFC the second box too.", paragraph.Text);
        Assert.Equal(2, tree.ChildCount(view));
        Assert.Equal(ib, tree.GetChild(view, 0));
        Assert.Equal(sq, tree.GetChild(view, 1));

        // The first box follows "Some words before " (its space kept) on the first line, its baseline on the line's.
        var before = page.Boxes.Measurer.GetParagraph("Some words before x", paragraph.Style).Layout(float.PositiveInfinity).Width
            - page.Boxes.Measurer.GetParagraph("x", paragraph.Style).Layout(float.PositiveInfinity).Width;
        var first = tree.Box(ib);
        Assert.Equal(before, first.X, 2);
        Assert.Equal(text.Lines[0].Baseline, first.Y + page.Boxes.GetBaseline(ib), 2);
        Assert.True(text.Lines[0].Height >= first.Height, $"line {text.Lines[0].Height}, box {first.Height}");

        // The square is on a later line, bottom on that line's baseline (its baseline is its bottom margin edge).
        var square = tree.Box(sq);
        var line = 0;
        while (line < text.LineCount && text.Lines[line].Top + text.Lines[line].Height <= square.Y)
        {
            line++;
        }

        Assert.True(line > 0 && line < text.LineCount, $"square on line {line} of {text.LineCount}");
        Assert.Equal(text.Lines[line].Baseline, square.Y + square.Height, 2);
        Assert.Equal(text.Height, tree.Box(view).Height, 2);
    }

    [Fact]
    public void A_box_inside_a_paragraph_is_hit_where_it_is_drawn()
    {
        using var session = Start("<view class=\"p\">Some words before <view class=\"sq\"></view> and after it.</view>");
        var sq = NodeWithClass(session.CurrentPage!, "sq");
        var box = session.ClientBoxOf(sq)!.Value;

        Assert.Equal(sq, session.HitTest(box.X + (box.Width / 2), box.Y + (box.Height / 2)));
        Assert.Equal(NodeWithClass(session.CurrentPage!, "p"), session.HitTest(box.X - 30, box.Y + (box.Height / 2)));
    }

    [Fact]
    public void Inline_content_before_a_block_is_one_anonymous_paragraph_that_keeps_its_spaces()
    {
        using var session = Start("<view class=\"p\">A node array: <text class=\"b\">strong</text>, then a block:<view class=\"blk\"></view></view>");
        var page = session.CurrentPage!;
        var view = NodeWithClass(page, "p");
        var tree = page.Boxes.View;

        Assert.Equal(2, tree.ChildCount(view));
        var anonymous = tree.GetChild(view, 0);
        Assert.Equal(NodeWithClass(page, "blk"), tree.GetChild(view, 1));
        Assert.False(page.Boxes.IsBox(NodeWithClass(page, "b")));
        var paragraph = page.Boxes.GetParagraph(anonymous, page.Boxes.Measurer)!;
        Assert.Equal("A node array: strong, then a block:", paragraph.Text);
        Assert.Equal(NodeWithClass(page, "b"), page.Boxes.SpanElement(anonymous, 1));

        // A block box of the container's width; the block comes below its lines.
        Assert.Equal(200, tree.Box(anonymous).Width);
        Assert.Equal(tree.Text(anonymous)!.Height, tree.Box(NodeWithClass(page, "blk")).Y, 2);
    }
}
