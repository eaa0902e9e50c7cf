namespace Sparrow.Layout;

/// <summary>
/// A replaced element with an intrinsic size (an image once decoded): a known size on one axis
/// scales the other by the intrinsic ratio, as CSS 2 §10.3.2 / §10.6.2 describe for replaced elements.
/// </summary>
public sealed class IntrinsicSizeMeasure : ILeafMeasure
{
    private readonly float _width;
    private readonly float _height;

    public IntrinsicSizeMeasure(float width, float height)
    {
        _width = width;
        _height = height;
    }

    public MeasureResult Measure(int node, in MeasureInput input)
    {
        var w = input.KnownWidth;
        var h = input.KnownHeight;
        if (float.IsNaN(w) && float.IsNaN(h))
        {
            return new MeasureResult(_width, _height);
        }

        if (float.IsNaN(w))
        {
            w = _height > 0 ? h * _width / _height : _width;
        }
        else if (float.IsNaN(h))
        {
            h = _width > 0 ? w * _height / _width : _height;
        }

        return new MeasureResult(w, h);
    }
}
