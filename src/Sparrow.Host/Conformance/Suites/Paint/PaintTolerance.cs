namespace Sparrow.Host.Conformance.Suites.Paint;

/// <summary>
/// A paint case's tolerance (conformance/paint/manifest.json, as WebRender's <c>fuzzy(maxDiff,
/// maxCount)</c>): a pixel differs when one of its R, G, B channels is off by more than
/// <see cref="NoiseFloor"/>; a frame is within when no channel is off by more than
/// <see cref="MaxChannelDiff"/> and at most <see cref="MaxDifferingPixels"/> pixels differ.
/// </summary>
internal readonly record struct PaintTolerance(int MaxChannelDiff, int MaxDifferingPixels, int NoiseFloor);
