using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// Available space on one axis is a plain float: a finite value is a definite size, positive
/// infinity is a max-content constraint, negative infinity a min-content constraint (Taffy's
/// <c>AvailableSpace</c> enum, packed into the float so inputs stay blittable and cache keys compare bitwise).
/// </summary>
public static class AvailableSpace
{
    public const float MaxContent = float.PositiveInfinity;

    public const float MinContent = float.NegativeInfinity;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDefinite(float space) => float.IsFinite(space);

    /// <summary>The definite value, or NaN under a min-/max-content constraint.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float AsOption(float space) => float.IsFinite(space) ? space : float.NaN;

    /// <summary>Subtracts from a definite size and keeps a constraint as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sub(float space, float amount) => float.IsFinite(space) ? space - amount : space;
}
