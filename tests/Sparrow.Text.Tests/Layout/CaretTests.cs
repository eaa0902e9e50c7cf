using Xunit;

namespace Sparrow.Text.Tests;

public sealed class CaretTests
{
    private static readonly TextStyle DejaVu = new() { Font = FontQuery.Of("DejaVu Sans") };

    [Fact]
    public void The_caret_moves_by_advances_and_wraps_with_the_lines()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var p = m.GetParagraph("ab cd", DejaVu);
        var layout = p.Layout(30);
        Assert.Equal(2, layout.LineCount);
        Assert.Equal((0f, 0f, 19f), p.Caret(layout, 0));
        Assert.Equal(m.MaxContentWidth("ab", DejaVu), p.Caret(layout, 2).X, 3);
        var second = p.Caret(layout, 4);
        Assert.Equal(19, second.Top);
        Assert.Equal(m.MaxContentWidth("c", DejaVu), second.X, 3);
    }

    [Fact]
    public void An_offset_inside_a_grapheme_or_a_surrogate_pair_snaps_to_its_start()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("ae\u0301😀b", DejaVu);
        var layout = p.Layout(500);
        Assert.Equal(p.Caret(layout, 1).X, p.Caret(layout, 2).X);
        Assert.Equal(p.Caret(layout, 3).X, p.Caret(layout, 4).X);
        Assert.True(p.Caret(layout, 5).X > p.Caret(layout, 3).X);
    }

    [Fact]
    public void Hit_testing_finds_the_nearest_grapheme_boundary_on_the_line_under_the_point()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("中文 English", DejaVu);
        var layout = p.Layout(40);
        Assert.Equal(0, p.HitTest(layout, -10, -10));
        Assert.Equal(1, p.HitTest(layout, 17, 5));
        int offset = p.HitTest(layout, 1000, layout.Height - 1);
        Assert.Equal(p.Text.Length, offset);
    }
}
