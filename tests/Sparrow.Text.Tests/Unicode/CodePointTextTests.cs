using Xunit;

namespace Sparrow.Text.Tests;

public sealed class CodePointTextTests
{
    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        var t = CodePointText.Decode("a\uD800b\uDC00c");
        Assert.Equal(new[] { 'a', 0xFFFD, 'b', 0xFFFD, 'c' }, t.Span.ToArray());
        Assert.Equal(2, t.ReplacedCount);
        Assert.Equal("a\uFFFDb\uFFFDc", t.Text);
    }

    [Fact]
    public void A_surrogate_pair_is_one_code_point_with_its_utf16_offset()
    {
        var t = CodePointText.Decode("x😀y");
        Assert.Equal(new[] { 'x', 0x1F600, 'y' }, t.Span.ToArray());
        Assert.Equal(new[] { 0, 1, 3, 4 }, t.Offsets[..4]);
        Assert.Equal(0, t.ReplacedCount);
    }

    [Fact]
    public void A_high_surrogate_at_the_end_is_replaced()
    {
        var t = CodePointText.Decode("ab\uD83D");
        Assert.Equal(0xFFFD, t.CodePoints[2]);
        Assert.Equal(1, t.ReplacedCount);
    }
}
