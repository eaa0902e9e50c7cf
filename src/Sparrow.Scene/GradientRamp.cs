namespace Sparrow.Scene;

/// <summary>
/// The stops of one long gradient: <see cref="Count"/> entries of <see cref="DisplayList.GradientStops"/>
/// from <see cref="Start"/>. The renderer writes ramp i into row i of its stop texture.
/// </summary>
public readonly record struct GradientRamp(int Start, int Count);
