namespace Sparrow.Text;

/// <summary>Rounded pixel metrics of a face at one size (see <see cref="FontMetrics.At"/>).</summary>
public readonly record struct ScaledFontMetrics(float Ascent, float Descent, float LineGap)
{
    /// <summary>What <c>line-height: normal</c> resolves to for this face (Chromium's LineSpacing).</summary>
    public float LineSpacing => Ascent + Descent + LineGap;
}
