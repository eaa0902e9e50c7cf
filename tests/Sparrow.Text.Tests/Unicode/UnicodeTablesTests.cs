using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>Spot checks of the generated table against values read from the UCD files by hand.</summary>
public sealed class UnicodeTablesTests
{
    [Theory]
    [InlineData(0x0041, "AL")]
    [InlineData(0x4E2D, "ID")]
    [InlineData(0x3002, "CL")]
    [InlineData(0xFF08, "OP")]
    [InlineData(0x0020, "SP")]
    [InlineData(0x200D, "ZWJ")]
    [InlineData(0x1F600, "ID")]
    [InlineData(0x1F3FB, "EM")]
    [InlineData(0x0E01, "SA")]
    [InlineData(0x30E1, "ID")]
    [InlineData(0x3041, "CJ")]
    [InlineData(0x10FFFF, "XX")]
    public void Line_break_classes_come_from_LineBreak_txt(int cp, string expected) =>
        Assert.Equal(expected, UnicodeTables.LineBreak(cp).ToString());

    [Fact]
    public void Grapheme_and_emoji_properties_come_from_their_files()
    {
        Assert.Equal(GraphemeClusterBreak.RegionalIndicator, UnicodeTables.Grapheme(0x1F1E8));
        Assert.Equal(GraphemeClusterBreak.Extend, UnicodeTables.Grapheme(0x0301));
        Assert.Equal(GraphemeClusterBreak.LV, UnicodeTables.Grapheme(0xAC00));
        Assert.True(UnicodeTables.IsExtendedPictographic(0x1F600));
        Assert.False(UnicodeTables.IsExtendedPictographic('A'));
        Assert.True(UnicodeTables.IsWide(0x4E2D));
        Assert.False(UnicodeTables.IsWide('('));
        Assert.True(UnicodeTables.IsUnassigned(0x1FFFE));
        Assert.True(UnicodeTables.IsMark(0x0E31));
    }

    [Fact]
    public void Out_of_range_values_read_as_the_replacement_character() =>
        Assert.Equal(UnicodeTables.Get(0xFFFD), UnicodeTables.Get(0x110000));
}
