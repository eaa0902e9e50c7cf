namespace Sparrow.Paint;

/// <summary>
/// A resolved <c>&lt;length-percentage&gt;</c>: <see cref="Px"/> plus <see cref="Percent"/> % of a basis
/// the caller supplies (a box side, a gradient line, a positioning area minus the image). A
/// <c>calc()</c> mixing both, or a position keyword with an offset (<c>right 10px</c> = 100% − 10px),
/// is one of these too.
/// </summary>
internal readonly record struct LengthPercentage(float Px, float Percent)
{
    public static LengthPercentage Zero => default;

    public static LengthPercentage Pixels(float px) => new(px, 0);

    public static LengthPercentage OfPercent(float percent) => new(0, percent);

    public bool HasPercent => Percent != 0;

    public float Resolve(float basis) => Px + (Percent * basis / 100);

    public LengthPercentage Negate() => new(-Px, -Percent);

    /// <summary>This offset measured from the far edge: <c>100% − this</c>.</summary>
    public LengthPercentage FromFarEdge() => new(-Px, 100 - Percent);
}
