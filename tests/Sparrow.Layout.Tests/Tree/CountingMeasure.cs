namespace Sparrow.Layout.Tests.Tree;

/// <summary>
/// A stand-in for the Text stage: words of <see cref="WordWidth"/> px on lines of <see cref="LineHeight"/> px,
/// wrapped to the available width; counts calls so tests can see what the cache saved.
/// </summary>
internal sealed class CountingMeasure : ILeafMeasure
{
    public const float WordWidth = 30;
    public const float LineHeight = 20;

    private readonly int _words;

    public CountingMeasure(int words) => _words = words;

    public int Calls { get; private set; }

    public MeasureResult Measure(int node, in MeasureInput input)
    {
        Calls++;
        var maxContent = _words * WordWidth;
        var width = input.KnownWidth;
        if (float.IsNaN(width))
        {
            var available = input.AvailableWidth;
            width = float.IsPositiveInfinity(available) ? maxContent
                : float.IsNegativeInfinity(available) ? WordWidth
                : System.Math.Clamp(available, WordWidth, maxContent);
        }

        var perLine = System.Math.Max(1, (int)(width / WordWidth));
        var lines = (_words + perLine - 1) / perLine;
        var height = float.IsNaN(input.KnownHeight) ? lines * LineHeight : input.KnownHeight;
        return new MeasureResult(width, height, LineHeight * 0.8f);
    }
}
