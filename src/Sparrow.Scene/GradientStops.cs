using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// Up to <see cref="Capacity"/> color stops stored inline in the instance: offsets as a <c>vec4</c>,
/// then colors as four RGBA8 attributes. Offsets are fractions of the gradient line (0..1),
/// non-decreasing, already resolved by Paint (css-images-3 §3.4.3 "color stop fixup").
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct GradientStops
{
    public const int Capacity = 4;

    [FieldOffset(0)]
    public float Offset0;

    [FieldOffset(4)]
    public float Offset1;

    [FieldOffset(8)]
    public float Offset2;

    [FieldOffset(12)]
    public float Offset3;

    [FieldOffset(16)]
    public Color Color0;

    [FieldOffset(20)]
    public Color Color1;

    [FieldOffset(24)]
    public Color Color2;

    [FieldOffset(28)]
    public Color Color3;

    public readonly float OffsetAt(int i) => i switch
    {
        0 => Offset0,
        1 => Offset1,
        2 => Offset2,
        3 => Offset3,
        _ => Invalid(i),
    };

    public readonly Color ColorAt(int i) => i switch
    {
        0 => Color0,
        1 => Color1,
        2 => Color2,
        3 => Color3,
        _ => InvalidColor(i),
    };

    public void Set(int i, float offset, Color color)
    {
        switch (i)
        {
            case 0: Offset0 = offset; Color0 = color; break;
            case 1: Offset1 = offset; Color1 = color; break;
            case 2: Offset2 = offset; Color2 = color; break;
            case 3: Offset3 = offset; Color3 = color; break;
            default: Invalid(i); break;
        }
    }

    private static float Invalid(int i)
    {
        ThrowHelper.ArgumentOutOfRange(nameof(i), $"A gradient holds at most {Capacity} inline stops.");
        return 0;
    }

    private static Color InvalidColor(int i)
    {
        Invalid(i);
        return default;
    }
}
