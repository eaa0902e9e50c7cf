using System.Globalization;
using System.Text;

namespace Sparrow.Text;

/// <summary>
/// The text form of a laid-out paragraph for tests and bug reports: one line per text line
/// (box, baseline, width, text) and one per glyph run (face, size, glyph count, first pen x).
/// Numbers are rounded to 1/64 px, Chromium's LayoutUnit, so dumps are stable.
/// </summary>
public static class TextLayoutDump
{
    public static string Write(Paragraph paragraph, TextLayout layout)
    {
        System.ArgumentNullException.ThrowIfNull(paragraph);
        System.ArgumentNullException.ThrowIfNull(layout);
        var sb = new StringBuilder();
        sb.Append("paragraph width=").Append(F(layout.Width)).Append(" height=").Append(F(layout.Height))
            .Append(" lines=").Append(layout.LineCount).Append(" available=").Append(F(layout.AvailableWidth)).Append('\n');
        var offsets = CodePointText.Decode(paragraph.Text).Offsets;
        foreach (var line in layout.Lines)
        {
            string text = paragraph.Text[offsets[line.Start]..offsets[line.End]].Replace("\n", "\\n", System.StringComparison.Ordinal);
            sb.Append("  line y=").Append(F(line.Top)).Append(" h=").Append(F(line.Height)).Append(" baseline=").Append(F(line.Baseline))
                .Append(" x=").Append(F(line.X)).Append(" w=").Append(F(line.Width)).Append(line.Ellipsis ? " ellipsis" : string.Empty)
                .Append(" \"").Append(text).Append("\"\n");
        }

        foreach (var run in layout.GlyphRuns)
        {
            sb.Append("  run ").Append(run.Face.Face.Family).Append(run.Face.SyntheticBold ? " +bold" : string.Empty)
                .Append(run.Face.SyntheticOblique ? " +oblique" : string.Empty).Append(' ').Append(F(run.FontSize)).Append("px glyphs=")
                .Append(run.Glyphs.Length).Append(" x0=").Append(F(run.X.Span[0])).Append(" y=").Append(F(run.Y.Span[0])).Append('\n');
        }

        return sb.ToString();
    }

    private static string F(float v) =>
        float.IsInfinity(v) ? "inf" : (System.MathF.Round(v * 64) / 64).ToString("0.###", CultureInfo.InvariantCulture);
}
