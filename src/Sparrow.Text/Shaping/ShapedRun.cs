using System;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// HarfBuzz's output for one run, in the face's <see cref="FontFace.ShapingUnitsPerEm"/> units
/// (font units; 1/64 px at the strike's ppem for a bitmap-only color font), so a run serves every
/// font size. Glyphs are in visual order; clusters are UTF-16 offsets from the
/// start of the run. HarfBuzz's info and position arrays are kept as they come (two block copies),
/// which keeps the shaper within a few percent of calling HarfBuzz directly.
/// </summary>
internal sealed class ShapedRun
{
    private readonly HbGlyphInfo[] infos;
    private readonly HbGlyphPosition[] positions;

    public ShapedRun(ReadOnlySpan<HbGlyphInfo> infos, ReadOnlySpan<HbGlyphPosition> positions)
    {
        this.infos = infos.ToArray();
        this.positions = positions.ToArray();
    }

    public int Count => infos.Length;

    public uint Glyph(int i) => infos[i].Codepoint;

    public int Cluster(int i) => (int)infos[i].Cluster;

    public int Advance(int i) => positions[i].XAdvance;

    public int XOffset(int i) => positions[i].XOffset;

    public int YOffset(int i) => positions[i].YOffset;

    /// <summary>The glyph ids, copied (for a glyph run that outlives the cache entry).</summary>
    public uint[] GlyphIds()
    {
        var ids = new uint[infos.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = infos[i].Codepoint;
        }

        return ids;
    }
}
