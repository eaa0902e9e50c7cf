namespace Sparrow.Scene;

/// <summary>
/// The stops of one long gradient: <see cref="Count"/> entries of <see cref="DisplayList.GradientStops"/>
/// from <see cref="Start"/>. The renderer bakes ramp i into row i of its ramp texture.
/// </summary>
public readonly record struct GradientRamp(int Start, int Count);
