using System.Runtime.InteropServices;
using System.Text;

namespace Sparrow.Script.Interop;

/// <summary>Mirrors <c>sp_error_info</c>. The strings belong to the shim; copy them at once.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SpErrorInfo
{
    public SpStatus Status;
    public int Line;
    public int Column;
    public int Reserved;
    public byte* Message;
    public long MessageLen;
    public byte* Resource;
    public long ResourceLen;
    public byte* Stack;
    public long StackLen;
    public byte* SourceLine;
    public long SourceLineLen;

    public static string Text(byte* ptr, long len) =>
        ptr == null || len <= 0 ? string.Empty : Encoding.UTF8.GetString(ptr, checked((int)len));
}
