using System.Runtime.InteropServices;

namespace Sparrow.Script.Interop;

/// <summary>Mirrors <c>sp_value</c>: 40 bytes, no implicit padding.</summary>
[StructLayout(LayoutKind.Sequential, Size = 40)]
internal unsafe struct SpValue
{
    public JsValueKind Kind;
    public int Reserved;
    public double Number;
    public byte* Ptr;
    public long Len;
    public ulong Handle;

    public static SpValue Undefined => default;
}
