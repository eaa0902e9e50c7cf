using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>FcFontSet.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct FcFontSet
{
    public int NFont;
    public int SFont;
    public nint* Fonts;
}
