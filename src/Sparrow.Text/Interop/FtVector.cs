using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>FT_Vector (26.6 when used as a translation).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FtVector
{
    public nint X;
    public nint Y;
}
