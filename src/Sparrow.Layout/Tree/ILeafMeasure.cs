namespace Sparrow.Layout;

/// <summary>
/// Sizes a leaf's content: text (implemented by <c>Sparrow.Text</c>; layout knows nothing about
/// fonts), images with an intrinsic size (<see cref="IntrinsicSizeMeasure"/>) and built-in components
/// that size themselves. A cold, pluggable seam, so an interface object is fine here.
/// </summary>
public interface ILeafMeasure
{
    /// <summary>
    /// Returns the content-box size of <paramref name="node"/>. A known size (not NaN) in
    /// <paramref name="input"/> must be returned unchanged on that axis; otherwise fit the content into
    /// the available space (<see cref="AvailableSpace"/>: a width, or min-/max-content). Content is sized
    /// by its width: the available height is always max-content unless the height is known.
    /// </summary>
    MeasureResult Measure(int node, in MeasureInput input);
}
