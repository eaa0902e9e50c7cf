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
    /// Pixel metrics at <paramref name="size"/> CSS px as Chromium's SimpleFontData::PlatformInit
    /// rounds them (FontMetrics::AscentDescentWithHacks): ascent and descent each rounded to whole
    /// pixels, line gap rounded, line spacing their sum. With a device pixel ratio above 1, Blink
    /// zooms for the device scale factor: the font is sized <paramref name="size"/> × ratio, so
    /// the rounding is to whole <em>device</em> pixels (DejaVu Sans 20 px at ratio 2: 37 + 9 = 46
    /// device px, line spacing 23 CSS px, where ratio 1 gives 19 + 5 = 24). Linux Chromium also
    /// turns subpixel positioning on above ratio 1 (gfx::FontRenderParams), and then, when the
    /// descent was rounded down, AscentDescentWithHacks moves one device pixel from the ascent to
    /// the descent (so descenders are not clipped): 36 + 10 at DejaVu Sans 20 px, ratio 2. The
    /// result is in CSS px (device px / ratio).
    /// </summary>
    public ScaledFontMetrics At(float size, float devicePixelRatio = 1f)
    {
        float ratio = devicePixelRatio > 0 ? devicePixelRatio : 1f;
        float scale = size * ratio / UnitsPerEm;
        float rawDescent = Descender * scale;
        float ascent = MathF.Round(Ascender * scale, MidpointRounding.AwayFromZero);
        float descent = MathF.Round(rawDescent, MidpointRounding.AwayFromZero);
        float lineGap = MathF.Round(LineGap * scale, MidpointRounding.AwayFromZero);
        if (ratio > 1 && descent < rawDescent && ascent >= 1)
        {
            descent++;
            ascent--;
        }

        return new ScaledFontMetrics(ascent / ratio, descent / ratio, lineGap / ratio);
    }
}
