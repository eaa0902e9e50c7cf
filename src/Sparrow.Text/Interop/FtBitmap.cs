using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>FT_Bitmap.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct FtBitmap
{
    public uint Rows;
    public uint Width;
    public int Pitch;
    public byte* Buffer;
    public ushort NumGrays;
    public byte PixelMode;
    public byte PaletteMode;
    public nint Palette;
}
