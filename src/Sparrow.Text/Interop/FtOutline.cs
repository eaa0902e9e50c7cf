using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>FT_Outline: a glyph slot's outline after loading, points in 26.6 pixels, y up.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct FtOutline
{
    public short ContourCount;
    public short PointCount;
    public FtVector* Points;
    public byte* Tags;
    public short* Contours;
    public int Flags;
}
