namespace Sparrow.Layout;

/// <summary>
/// A node's width/height, min and max styles resolved to border-box sizes (NaN: auto / none).
/// Percentages resolve against the containing block (CSS 2 §10.2, §10.5); aspect-ratio fills a
/// missing preferred size (css-sizing-4 §5.1); content-box sizes get padding and border added (css-sizing-3 §3.1).
/// </summary>
internal struct StyleSizes
{
    public Size2 Size;
    public Size2 Min;
    public Size2 Max;

    public static StyleSizes Resolve(in LayoutStyle s, Size2 parent, Size2 paddingBorder)
    {
        var adjust = s.BoxSizing == BoxSizing.ContentBox ? paddingBorder : default;
        var ratio = s.AspectRatio;
        StyleSizes r;
        r.Size = new Size2(s.Width.Resolve(parent.Width), s.Height.Resolve(parent.Height)).ApplyAspectRatio(ratio).Add(adjust);

        // Min and max are not transferred through the ratio: Chromium keeps a definite width and clamps
        // only the height (css-sizing-4 §5.2 transfers them only to an axis whose size is automatic).
        r.Min = new Size2(s.MinWidth.Resolve(parent.Width), s.MinHeight.Resolve(parent.Height)).Add(adjust);
        r.Max = new Size2(s.MaxWidth.Resolve(parent.Width), s.MaxHeight.Resolve(parent.Height)).Add(adjust);
        return r;
    }

    /// <summary>The style size clamped by min and max, never below padding plus border.</summary>
    public readonly Size2 Clamped(Size2 paddingBorder) => Size.Clamp(Min, Max).Max(paddingBorder);
}
