using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>hb_glyph_position_t (20 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct HbGlyphPosition
{
    public int XAdvance;
    public int YAdvance;
    public int XOffset;
    public int YOffset;
    public uint Var;
}
