using System;
using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// Arithmetic on optional floats, NaN meaning "none" (Taffy's <c>MaybeMath</c> on <c>Option&lt;f32&gt;</c>):
/// an operation with a missing bound leaves the value as it is.
/// </summary>
internal static class Floats
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(float v) => !float.IsNaN(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Or(float v, float fallback) => float.IsNaN(v) ? fallback : v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MaybeMin(float v, float bound) => float.IsNaN(bound) || float.IsNaN(v) ? v : Math.Min(v, bound);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MaybeMax(float v, float bound) => float.IsNaN(bound) || float.IsNaN(v) ? v : Math.Max(v, bound);

    /// <summary>CSS clamping: max wins over min (CSS 2 §10.4 "min-width overrides max-width" is applied by clamping max first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MaybeClamp(float v, float min, float max) => MaybeMax(MaybeMin(v, max), min);

    /// <summary>Subtracts when both are present; a missing operand leaves <paramref name="v"/> as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float MaybeSub(float v, float amount) => float.IsNaN(amount) ? v : v - amount;

    /// <summary>Bitwise equality, so NaN ("none") equals NaN: cache keys compare this way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Same(float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b) || (float.IsNaN(a) && float.IsNaN(b));
}
