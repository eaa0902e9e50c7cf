using Xunit;

namespace Sparrow.Text.Tests;

public sealed class WhiteSpaceProcessorTests
{
    [Theory]
    [InlineData(WhiteSpace.Normal, "  a \t b\n\nc  ", "a b c")]
    [InlineData(WhiteSpace.NoWrap, " x  y ", "x y")]
    [InlineData(WhiteSpace.PreLine, "a  \n  b   c", "a\nb c")]
    [InlineData(WhiteSpace.Pre, " a \r\n b", " a \n b")]
    [InlineData(WhiteSpace.PreWrap, "a\r b", "a\n b")]
    [InlineData(WhiteSpace.Normal, "第一行\n第二行", "第一行 第二行")]
    public void Collapses_and_keeps_as_css_text_section_4_says(WhiteSpace mode, string input, string expected) =>
        Assert.Equal(expected, WhiteSpaceProcessor.Process(input, mode));
}
