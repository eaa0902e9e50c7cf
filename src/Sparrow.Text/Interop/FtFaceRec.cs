using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>The leading fields of FT_FaceRec (freetype.h), up to <c>glyph</c>; we only read them.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct FtFaceRec
{
    public nint NumFaces;
    public nint FaceIndex;
    public nint FaceFlags;
    public nint StyleFlags;
    public nint NumGlyphs;
    public byte* FamilyName;
    public byte* StyleName;
    public int NumFixedSizes;
    public nint AvailableSizes;
    public int NumCharmaps;
    public nint Charmaps;
    public nint GenericData;
    public nint GenericFinalizer;
    public nint BBoxXMin;
    public nint BBoxYMin;
    public nint BBoxXMax;
    public nint BBoxYMax;
    public ushort UnitsPerEm;
    public short Ascender;
    public short Descender;
    public short Height;
    public short MaxAdvanceWidth;
    public short MaxAdvanceHeight;
    public short UnderlinePosition;
    public short UnderlineThickness;
    public FtGlyphSlotRec* Glyph;
}
