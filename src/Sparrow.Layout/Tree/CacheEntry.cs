namespace Sparrow.Layout;

/// <summary>
/// One remembered question and answer of a <see cref="LayoutCache"/>. <c>default</c> is empty: every question
/// has a <see cref="RunMode"/>, so an entry is valid when its input has one (72 bytes, no flag of its own).
/// </summary>
internal struct CacheEntry
{
    public LayoutInput Input;
    public LayoutOutput Output;

    public CacheEntry(in LayoutInput input, in LayoutOutput output)
    {
        Input = input;
        Output = output;
    }

    public readonly bool Valid => Input.RunMode != RunMode.None;

    /// <summary>Keeps the question and answer but never matches again (see <see cref="LayoutCache"/>).</summary>
    public void MakeUnusable() => Input.RunMode = RunMode.None;

    public readonly bool Match(in LayoutInput input, out LayoutOutput output)
    {
        output = Output;
        if (input.RunMode != Input.RunMode)
        {
            // Also an empty entry, whose mode is none.
            return false;
        }

        // Taffy's Cache::get: a question matches when, per axis, the known size is the one asked
        // before or the size that came out, and the available space only matters on an axis whose
        // size is not known (a box of known size lays out the same whatever space is around it).
        return Axis(input.KnownWidth, Input.KnownWidth, Output.Width, input.AvailableWidth, Input.AvailableWidth)
            && Axis(input.KnownHeight, Input.KnownHeight, Output.Height, input.AvailableHeight, Input.AvailableHeight)
            && Floats.Same(input.ParentWidth, Input.ParentWidth) && Floats.Same(input.ParentHeight, Input.ParentHeight)
            && input.SizingMode == Input.SizingMode && input.MarginsCollapse == Input.MarginsCollapse
            && input.IndefiniteHeight == Input.IndefiniteHeight;
    }

    private static bool Axis(float known, float cachedKnown, float cachedSize, float available, float cachedAvailable) =>
        (Floats.Same(known, cachedKnown) || known == cachedSize)
        && (Floats.Has(known) || Floats.Same(available, cachedAvailable));
}
