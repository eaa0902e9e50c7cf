using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>FT_Bitmap_Size (freetype.h): one fixed strike of a bitmap font; sizes in 26.6 pixels.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FtBitmapSize
{
    public short Height;
    public short Width;
    public nint Size;
    public nint XPpem;
    public nint YPpem;
}
