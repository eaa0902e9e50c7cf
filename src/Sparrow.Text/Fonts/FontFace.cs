using System;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// One loaded font face (a file and face index, or bytes from an @font-face rule): the HarfBuzz
/// face and font used for coverage, metrics and shaping, and a FreeType face for rasterising,
/// created on first use. Shaping runs at a scale of one unit per font unit (per 1/64 px of the
/// strike for a bitmap-only color font, <see cref="ShapingUnitsPerEm"/>), so shaped runs do not
/// depend on the font size and one cached run serves every size.
/// </summary>
public sealed unsafe class FontFace : IDisposable
{
    private nint blob;
    private nint hbFace;
    private nint hbFont;
    private byte[]? data;
    private GCHandle dataHandle;
    private bool disposed;

    private FontFace(int id, string source, int index, string family, int weight, bool italic, nint blob, byte[]? data)
    {
        Id = id;
        Source = source;
        Index = index;
        Family = family;
        Weight = weight;
        Italic = italic;
        this.blob = blob;
        this.data = data;
        if (data is not null)
        {
            dataHandle = GCHandle.Alloc(data, GCHandleType.Pinned);
        }

        hbFace = HarfBuzz.hb_face_create(blob, (uint)index);
        UnitsPerEm = (int)HarfBuzz.hb_face_get_upem(hbFace);
        GlyphCount = (int)HarfBuzz.hb_face_get_glyph_count(hbFace);
        hbFont = HarfBuzz.hb_font_create(hbFace);
        Strike = ColorBitmapStrike.TryRead(hbFace, GlyphCount);
        if (Strike is { } strike)
        {
            // A bitmap-only color font is measured from its strike, as Skia does: 1/64 px at the
            // strike's ppem per unit keeps the bitmap advances exact.
            ShapingUnitsPerEm = strike.Ppem * 64;
            HarfBuzz.hb_font_set_scale(hbFont, ShapingUnitsPerEm, ShapingUnitsPerEm);
            Metrics = new FontMetrics(ShapingUnitsPerEm, strike.Ascender * 64, -strike.Descender * 64, 0);
        }
        else
        {
            ShapingUnitsPerEm = UnitsPerEm;
            HarfBuzz.hb_font_set_scale(hbFont, UnitsPerEm, UnitsPerEm);
            Metrics = FontMetrics.Read(hbFont, UnitsPerEm);
        }
    }

    /// <summary>Unique within the <see cref="FontSystem"/> that loaded it; part of cache keys.</summary>
    public int Id { get; }

    /// <summary>File path, or the name the @font-face source was registered under.</summary>
    public string Source { get; }

    public int Index { get; }

    public string Family { get; }

    /// <summary>CSS weight (100–900) of the face itself.</summary>
    public int Weight { get; }

    public bool Italic { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>
    /// The units of shaped advances (<see cref="AdvanceOf"/>, shaped runs) and of
    /// <see cref="Metrics"/> per em: <see cref="UnitsPerEm"/>, except for a bitmap-only color font
    /// (CBDT, e.g. Noto Color Emoji), measured from its bitmap strike in 1/64 px at the strike's
    /// ppem, as Chromium (Skia on FreeType) does.
    /// </summary>
    public int ShapingUnitsPerEm { get; }

    /// <summary>Whether this is a bitmap-only color font (CBLC/CBDT strikes, no outlines).</summary>
    public bool IsColorBitmapFont => Strike is not null;

    /// <summary>The strike a bitmap-only color font is measured from; null for outline fonts.</summary>
    internal ColorBitmapStrike? Strike { get; }

    /// <summary>Vertical metrics in <see cref="ShapingUnitsPerEm"/> units, chosen the way Skia's FreeType backend does.</summary>
    public FontMetrics Metrics { get; }

    internal nint HarfBuzzFont => hbFont;

    /// <summary>Bytes of an @font-face face, kept for FreeType; null for a file.</summary>
    internal byte[]? Data => data;

    /// <summary>Loads a face from a file; null (and a reason) when it is missing or not a font.</summary>
    internal static FontFace? TryLoadFile(int id, string path, int index, string family, int weight, bool italic, out string? error)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        nint b;
        fixed (byte* p = name)
        {
            b = HarfBuzz.hb_blob_create_from_file_or_fail(p);
        }

        if (b == 0)
        {
            error = "the font file is missing or unreadable";
            return null;
        }

        return Validate(new FontFace(id, path, index, family, weight, italic, b, null), out error);
    }

    /// <summary>Loads a face from font bytes (TTF/OTF from a package or the host); null when corrupt.</summary>
    internal static FontFace? TryLoadData(int id, string source, byte[] bytes, string family, int weight, bool italic, out string? error)
    {
        // HarfBuzz keeps its own copy (duplicate mode); the FontFace pins ours for FreeType.
        var copy = (byte[])bytes.Clone();
        nint b;
        fixed (byte* p = copy)
        {
            b = copy.Length == 0 ? 0 : HarfBuzz.hb_blob_create_or_fail(p, (uint)copy.Length, HarfBuzz.MemoryModeDuplicate, 0, 0);
        }

        if (b == 0)
        {
            error = "the font data is empty";
            return null;
        }

        return Validate(new FontFace(id, source, 0, family, weight, italic, b, copy), out error);
    }

    private static FontFace? Validate(FontFace face, out string? error)
    {
        // HarfBuzz turns anything it cannot parse into an empty face: no glyphs, default upem.
        if (face.GlyphCount == 0)
        {
            face.Dispose();
            error = "the data is not a TrueType/OpenType font (no glyphs)";
            return null;
        }

        error = null;
        return face;
    }

    /// <summary>The nominal glyph for a code point (cmap), or 0 when the face lacks it.</summary>
    public uint GlyphFor(int codePoint)
    {
        uint glyph;
        return HarfBuzz.hb_font_get_nominal_glyph(hbFont, (uint)codePoint, &glyph) != 0 ? glyph : 0;
    }

    public bool HasGlyph(int codePoint) => GlyphFor(codePoint) != 0;

    /// <summary>
    /// Whether the face maps the variation sequence (<paramref name="codePoint"/>,
    /// <paramref name="selector"/>) in its cmap format 14 subtable. A glyph for the selector
    /// alone does not count (DejaVu Sans has one for U+FE0F yet no emoji), as in Chromium, whose
    /// fallback treats an unmatched selector as a missing glyph.
    /// </summary>
    public bool SupportsVariation(int codePoint, int selector)
    {
        uint glyph;
        return HarfBuzz.hb_font_get_variation_glyph(hbFont, (uint)codePoint, (uint)selector, &glyph) != 0;
    }

    /// <summary>Horizontal advance in <see cref="ShapingUnitsPerEm"/> units (a color strike's bitmap advance where it has one).</summary>
    public int AdvanceOf(uint glyph)
    {
        int hmtx = HarfBuzz.hb_font_get_glyph_h_advance(hbFont, glyph);
        return Strike is { } s && s.Advance(glyph) is >= 0 and var a ? a * 64 : hmtx;
    }

    /// <summary>
    /// The correction to HarfBuzz's (hmtx) advance of <paramref name="glyph"/> that makes it the
    /// strike's bitmap advance; 0 for outline fonts.
    /// </summary>
    internal int StrikeAdvanceCorrection(uint glyph) =>
        Strike is { } s && s.Advance(glyph) is >= 0 and var a ? (a * 64) - HarfBuzz.hb_font_get_glyph_h_advance(hbFont, glyph) : 0;

    public override string ToString() => $"{Family} ({Source}#{Index}, {Weight}{(Italic ? " italic" : string.Empty)})";

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Strike?.Dispose();
        HarfBuzz.hb_font_destroy(hbFont);
        HarfBuzz.hb_face_destroy(hbFace);
        HarfBuzz.hb_blob_destroy(blob);
        hbFont = hbFace = blob = 0;
        if (dataHandle.IsAllocated)
        {
            dataHandle.Free();
        }

        data = null;
    }
}
