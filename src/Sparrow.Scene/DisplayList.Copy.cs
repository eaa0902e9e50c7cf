namespace Sparrow.Scene;

public sealed partial class DisplayList
{
    /// <summary>
    /// Makes this list an exact copy of <paramref name="source"/>, reusing this list's storage (no
    /// allocation once its arrays are as large): Paint keeps the last frame this way, to replay its
    /// unchanged runs into the next one.
    /// </summary>
    public void CopyFrom(DisplayList source)
    {
        System.ArgumentNullException.ThrowIfNull(source);
        Viewport = source.Viewport;
        ApproximatedClips = source.ApproximatedClips;
        Copy(source.Quads, Quads);
        Copy(source.Shadows, Shadows);
        Copy(source.Gradients, Gradients);
        Copy(source.Glyphs, Glyphs);
        Copy(source.Images, Images);
        Copy(source.GradientStops, GradientStops);
        Copy(source.Ramps, Ramps);
        Copy(source.Layers, Layers);
        Copy(source.Scissors, Scissors);
        Copy(source.Order, Order);
    }

    private static void Copy<T>(PrimitiveArray<T> from, PrimitiveArray<T> to)
        where T : unmanaged
    {
        to.Clear();
        to.AddRange(from.AsReadOnlySpan());
    }
}
