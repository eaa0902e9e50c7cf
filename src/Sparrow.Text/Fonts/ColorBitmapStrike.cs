using System;
using System.Buffers.Binary;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// The bitmap strike of a bitmap-only color font (CBLC/CBDT and no glyf/CFF outlines, such as
/// Noto Color Emoji: one strike at 109 ppem whose glyphs are 136 px wide bitmaps). Chromium's
/// Skia/FreeType backend does not scale such a face from hmtx: FreeType cannot scale it, so Skia
/// selects a strike (FT_Select_Size), takes every metric from it and multiplies by
/// size / ppem: advances are the bitmaps' horiAdvance (136 px at 109 ppem, 1.2477 em, where hmtx
/// says 2550/2048 = 1.2451 em) and ascent/descent the strike's hori line metrics
/// (SkScalerContext_FreeType::generateFontMetrics, FreeType's tt_face_load_strike_metrics).
/// Parsed from the tables here (CBLC index subtable formats 1–5, CBDT image formats 17–19), so
/// no PNG is decoded to measure text.
/// </summary>
internal sealed unsafe class ColorBitmapStrike : IDisposable
{
    private readonly int strikeOffset;
    private readonly short[] advances;
    private Table cblc;
    private Table cbdt;

    private ColorBitmapStrike(Table cblc, Table cbdt, int strikeOffset, int glyphCount)
    {
        this.cblc = cblc;
        this.cbdt = cbdt;
        this.strikeOffset = strikeOffset;
        var t = cblc.Span;
        Ppem = t[strikeOffset + 45];
        Ascender = (sbyte)t[strikeOffset + 16];
        Descender = (sbyte)t[strikeOffset + 17];
        if (Descender > 0)
        {
            // FreeType's heuristic: some fonts store a positive descender.
            Descender = -Descender;
        }

        if (Ascender == 0 && Descender == 0)
        {
            Ascender = Ppem * 4 / 5;
            Descender = -(Ppem - Ascender);
        }

        advances = new short[glyphCount];
        advances.AsSpan().Fill(-2);
    }

    /// <summary>Pixels per em of the strike (y_ppem).</summary>
    public int Ppem { get; }

    /// <summary>The strike's hori ascender, pixels at <see cref="Ppem"/> (positive up).</summary>
    public int Ascender { get; }

    /// <summary>The strike's hori descender, pixels at <see cref="Ppem"/> (negative below the baseline).</summary>
    public int Descender { get; }

    /// <summary>
    /// The strike of a bitmap-only color face, or null for any face with outlines (those scale
    /// from hmtx like any other). With several strikes the largest is used for every size; Skia
    /// would choose per size, which only matters for fonts whose strikes disagree on advances.
    /// </summary>
    public static ColorBitmapStrike? TryRead(nint hbFace, int glyphCount)
    {
        if (HasTable(hbFace, HarfBuzz.Tag('g', 'l', 'y', 'f')) || HasTable(hbFace, HarfBuzz.Tag('C', 'F', 'F', ' '))
            || HasTable(hbFace, HarfBuzz.Tag('C', 'F', 'F', '2')))
        {
            return null;
        }

        var cblc = new Table(hbFace, HarfBuzz.Tag('C', 'B', 'L', 'C'));
        var cbdt = new Table(hbFace, HarfBuzz.Tag('C', 'B', 'D', 'T'));
        int best = -1;
        if (cblc.Length >= 8 && cbdt.Length > 0)
        {
            var t = cblc.Span;
            uint count = BinaryPrimitives.ReadUInt32BigEndian(t[4..]);
            int bestPpem = 0;
            for (int i = 0; i < count && 8 + ((i + 1) * 48) <= t.Length; i++)
            {
                int ppem = t[8 + (i * 48) + 45];
                if (ppem > bestPpem)
                {
                    best = 8 + (i * 48);
                    bestPpem = ppem;
                }
            }
        }

        if (best < 0)
        {
            cblc.Dispose();
            cbdt.Dispose();
            return null;
        }

        return new ColorBitmapStrike(cblc, cbdt, best, glyphCount);
    }

    /// <summary>The glyph's advance in pixels at <see cref="Ppem"/>; -1 when the strike lacks the glyph.</summary>
    public int Advance(uint glyph)
    {
        if (glyph >= (uint)advances.Length)
        {
            return -1;
        }

        if (advances[glyph] == -2)
        {
            int a;
            try
            {
                a = ReadAdvance((int)glyph);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                a = -1; // a truncated table: no bitmap metrics, keep hmtx
            }

            advances[glyph] = (short)a;
        }

        return advances[glyph];
    }

    private int ReadAdvance(int glyph)
    {
        var t = cblc.Span;
        int arrayOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(t[strikeOffset..]);
        int tables = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(strikeOffset + 8)..]);
        for (int i = 0; i < tables; i++)
        {
            int e = arrayOffset + (i * 8);
            int first = BinaryPrimitives.ReadUInt16BigEndian(t[e..]);
            int last = BinaryPrimitives.ReadUInt16BigEndian(t[(e + 2)..]);
            if (glyph < first || glyph > last)
            {
                continue;
            }

            int sub = arrayOffset + (int)BinaryPrimitives.ReadUInt32BigEndian(t[(e + 4)..]);
            int indexFormat = BinaryPrimitives.ReadUInt16BigEndian(t[sub..]);
            int imageFormat = BinaryPrimitives.ReadUInt16BigEndian(t[(sub + 2)..]);
            int imageData = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(sub + 4)..]);
            int k = glyph - first;
            int offset;
            switch (indexFormat)
            {
                case 1:
                    int o1 = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(sub + 8 + (k * 4))..]);
                    int o2 = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(sub + 12 + (k * 4))..]);
                    if (o1 == o2)
                    {
                        return -1;
                    }

                    offset = imageData + o1;
                    break;
                case 3:
                    int s1 = BinaryPrimitives.ReadUInt16BigEndian(t[(sub + 8 + (k * 2))..]);
                    int s2 = BinaryPrimitives.ReadUInt16BigEndian(t[(sub + 10 + (k * 2))..]);
                    if (s1 == s2)
                    {
                        return -1;
                    }

                    offset = imageData + s1;
                    break;
                case 2:
                    // Constant image size and big metrics in the subtable: horiAdvance at +4.
                    return t[sub + 12 + 4];
                case 5:
                    int n5 = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(sub + 20)..]);
                    for (int j = 0; j < n5; j++)
                    {
                        if (BinaryPrimitives.ReadUInt16BigEndian(t[(sub + 24 + (j * 2))..]) == glyph)
                        {
                            return t[sub + 12 + 4];
                        }
                    }

                    return -1;
                case 4:
                    int n4 = (int)BinaryPrimitives.ReadUInt32BigEndian(t[(sub + 8)..]);
                    offset = -1;
                    for (int j = 0; j < n4; j++)
                    {
                        int p = sub + 12 + (j * 4);
                        if (BinaryPrimitives.ReadUInt16BigEndian(t[p..]) == glyph)
                        {
                            offset = imageData + BinaryPrimitives.ReadUInt16BigEndian(t[(p + 2)..]);
                            break;
                        }
                    }

                    if (offset < 0)
                    {
                        return -1;
                    }

                    break;
                default:
                    return -1;
            }

            // CBDT image formats 17 (smallGlyphMetrics) and 18 (bigGlyphMetrics) both have the
            // advance at byte 4; format 19 keeps its metrics in the index subtable (format 2 or 5).
            return imageFormat is 17 or 18 && offset + 5 <= cbdt.Length ? cbdt.Span[offset + 4] : -1;
        }

        return -1;
    }

    private static bool HasTable(nint hbFace, uint tag)
    {
        using var table = new Table(hbFace, tag);
        return table.Length > 0;
    }

    public void Dispose()
    {
        cblc.Dispose();
        cbdt.Dispose();
    }

    /// <summary>A table of the face, referenced (not copied: CBDT is megabytes) until disposed.</summary>
    private struct Table : IDisposable
    {
        private nint blob;
        private byte* data;

        public Table(nint hbFace, uint tag)
        {
            blob = HarfBuzz.hb_face_reference_table(hbFace, tag);
            uint length;
            data = HarfBuzz.hb_blob_get_data(blob, &length);
            Length = data == null ? 0 : (int)length;
        }

        public int Length { get; private set; }

        public readonly ReadOnlySpan<byte> Span => new(data, Length);

        public void Dispose()
        {
            if (blob != 0)
            {
                HarfBuzz.hb_blob_destroy(blob);
                blob = 0;
                data = null;
                Length = 0;
            }
        }
    }
}
