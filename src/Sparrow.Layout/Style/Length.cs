using System;
using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// A CSS length packed in 32 bits: the value is an IEEE float whose two lowest mantissa bits hold
/// the <see cref="LengthUnit"/> tag. Losing two mantissa bits costs a relative error below 5e-7,
/// far under layout's 1/64 px resolution, and keeps <see cref="LayoutStyle"/> small (Taffy's
/// <c>CompactLength</c> makes the same trade with pointer tagging).
/// </summary>
public readonly struct Length : IEquatable<Length>
{
    private const uint TagMask = 3u;

    private readonly uint _bits;

    private Length(uint bits) => _bits = bits;

    public static Length Auto => new((uint)LengthUnit.Auto);

    public static Length Undefined => new((uint)LengthUnit.Undefined);

    public static Length Zero => default;

    public LengthUnit Unit => (LengthUnit)(_bits & TagMask);

    /// <summary>Pixels for <see cref="LengthUnit.Points"/>, a fraction for <see cref="LengthUnit.Percent"/>, 0 otherwise.</summary>
    public float Value => BitConverter.UInt32BitsToSingle(_bits & ~TagMask);

    public bool IsAuto => Unit == LengthUnit.Auto;

    public bool IsUndefined => Unit == LengthUnit.Undefined;

    /// <summary>Points or a percentage: something that can resolve to a number.</summary>
    public bool IsLength => Unit <= LengthUnit.Percent;

    public static Length Points(float px) => new((BitConverter.SingleToUInt32Bits(px) & ~TagMask) | (uint)LengthUnit.Points);

    /// <summary>A percentage given as a fraction: <c>Percent(0.5f)</c> is 50%.</summary>
    public static Length Percent(float fraction) =>
        new((BitConverter.SingleToUInt32Bits(fraction) & ~TagMask) | (uint)LengthUnit.Percent);

    /// <summary>
    /// The used value against <paramref name="basis"/> (the containing block's size on the matching
    /// axis), or NaN when it cannot be resolved: auto, none, or a percentage of an indefinite size.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Resolve(float basis) => Unit switch
    {
        LengthUnit.Points => Value,
        LengthUnit.Percent => Value * basis,
        _ => float.NaN,
    };

    /// <summary>Like <see cref="Resolve"/> but unresolvable values count as 0 (margins, padding, borders, gaps).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float ResolveOrZero(float basis)
    {
        var v = Resolve(basis);
        return float.IsNaN(v) ? 0 : v;
    }

    public bool Equals(Length other) => _bits == other._bits;

    public override bool Equals(object? obj) => obj is Length other && Equals(other);

    public override int GetHashCode() => (int)_bits;

    public static bool operator ==(Length left, Length right) => left.Equals(right);

    public static bool operator !=(Length left, Length right) => !left.Equals(right);

    public override string ToString() => Unit switch
    {
        LengthUnit.Points => $"{Value}px",
        LengthUnit.Percent => $"{Value * 100}%",
        LengthUnit.Auto => "auto",
        _ => "none",
    };
}
