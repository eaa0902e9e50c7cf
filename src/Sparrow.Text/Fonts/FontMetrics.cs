using System;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// A face's vertical metrics in font units: hhea ascender/descender/lineGap, or OS/2's typo
/// metrics when fsSelection's USE_TYPO_METRICS bit is set (HarfBuzz's hb_ot_metrics makes the same
/// choice as Skia's SkScalerContext_FreeType::generateFontMetrics, which Chromium uses).
/// </summary>
public readonly record struct FontMetrics(int UnitsPerEm, int Ascender, int Descender, int LineGap)
{
    internal static unsafe FontMetrics Read(nint hbFont, int upem)
    {
        int asc, desc, gap;
        if (HarfBuzz.hb_ot_metrics_get_position(hbFont, HarfBuzz.Tag('h', 'a', 's', 'c'), &asc) == 0)
        {
            asc = upem * 8 / 10;
        }

        if (HarfBuzz.hb_ot_metrics_get_position(hbFont, HarfBuzz.Tag('h', 'd', 's', 'c'), &desc) == 0)
        {
            desc = -upem * 2 / 10;
        }

        if (HarfBuzz.hb_ot_metrics_get_position(hbFont, HarfBuzz.Tag('h', 'l', 'g', 'p'), &gap) == 0)
        {
            gap = 0;
        }

        return new FontMetrics(upem, asc, -desc, Math.Max(0, gap));
    }

    /// <summary>
    /// Pixel metrics at <paramref name="size"/> as Chromium's SimpleFontData::PlatformInit rounds
    /// them (FontMetrics::AscentDescentWithHacks): ascent and descent each rounded to whole
    /// pixels, line gap rounded, line spacing their sum. The Linux subpixel "borrow one pixel from
    /// the ascent" hack only applies with subpixel positioning, which Chromium enables at device
    /// scale factor &gt; 1; we lay out at 1.
    /// </summary>
    public ScaledFontMetrics At(float size)
    {
        float scale = size / UnitsPerEm;
        float ascent = MathF.Round(Ascender * scale, MidpointRounding.AwayFromZero);
        float descent = MathF.Round(Descender * scale, MidpointRounding.AwayFromZero);
        float lineGap = MathF.Round(LineGap * scale, MidpointRounding.AwayFromZero);
        return new ScaledFontMetrics(ascent, descent, lineGap);
    }
}
