using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>hb_glyph_info_t (20 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct HbGlyphInfo
{
    public uint Codepoint;
    public uint Mask;
    public uint Cluster;
    public uint Var1;
    public uint Var2;
}
