using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>The leading fields of FT_GlyphSlotRec, up to <c>outline</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct FtGlyphSlotRec
{
    public nint Library;
    public FtFaceRec* Face;
    public nint Next;
    public uint GlyphIndex;
    public nint GenericData;
    public nint GenericFinalizer;
    public nint MetricsWidth;
    public nint MetricsHeight;
    public nint HoriBearingX;
    public nint HoriBearingY;
    public nint HoriAdvance;
    public nint VertBearingX;
    public nint VertBearingY;
    public nint VertAdvance;
    public nint LinearHoriAdvance;
    public nint LinearVertAdvance;
    public nint AdvanceX;
    public nint AdvanceY;
    public uint Format;
    public FtBitmap Bitmap;
    public int BitmapLeft;
    public int BitmapTop;
    public FtOutline Outline;
}
