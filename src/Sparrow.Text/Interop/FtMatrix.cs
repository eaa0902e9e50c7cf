using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>FT_Matrix (16.16 fixed).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FtMatrix
{
    public nint Xx;
    public nint Xy;
    public nint Yx;
    public nint Yy;
}
