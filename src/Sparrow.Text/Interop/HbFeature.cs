using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>hb_feature_t.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct HbFeature
{
    public uint Tag;
    public uint Value;
    public uint Start;
    public uint End;
}
