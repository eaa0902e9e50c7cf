using Xunit;

namespace Sparrow.Text.Tests;

public sealed class TextLayoutDumpTests
{
    /// <summary>
    /// The CJK line is 24px tall (Noto Sans CJK SC joins DejaVu Sans's strut under line-height:
    /// normal), the Latin-only one 19px; the hanging space ends the first line but adds no width.
    /// </summary>
    [Fact]
    public void A_mixed_paragraph_dumps_lines_and_runs()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("Hello 世界 again", new TextStyle { Font = FontQuery.Of("DejaVu Sans"), FontSize = 16 });
        string dump = TextLayoutDump.Write(p, p.Layout(80));
        Assert.Equal(
            """
            paragraph width=77.641 height=43 lines=2 available=80
              line y=0 h=24 baseline=19 x=0 w=77.641 "Hello 世界 "
              line y=24 h=19 baseline=39 x=0 w=44.344 "again"
              run DejaVu Sans 16px glyphs=6 x0=0 y=19
              run Noto Sans CJK SC 16px glyphs=2 x0=45.641 y=19
              run DejaVu Sans 16px glyphs=5 x0=0 y=39

            """.Replace("\r\n", "\n", System.StringComparison.Ordinal),
            dump);
    }
}
