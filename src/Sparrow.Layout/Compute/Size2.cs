using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// A mutable width/height pair with main/cross accessors (Taffy's <c>Size&lt;T&gt;</c> with
/// <c>.main(dir)</c>); components may be NaN ("none"). Internal scratch type; Core's <c>Size</c> is the public one.
/// </summary>
internal struct Size2
{
    public float Width;
    public float Height;

    public Size2(float width, float height)
    {
        Width = width;
        Height = height;
    }

    public static Size2 None => new(float.NaN, float.NaN);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float Main(bool row) => row ? Width : Height;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float Cross(bool row) => row ? Height : Width;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetMain(bool row, float v)
    {
        if (row)
        {
            Width = v;
        }
        else
        {
            Height = v;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetCross(bool row, float v)
    {
        if (row)
        {
            Height = v;
        }
        else
        {
            Width = v;
        }
    }

    public static Size2 FromMainCross(bool row, float main, float cross) => row ? new(main, cross) : new(cross, main);

    public readonly Size2 Or(Size2 fallback) => new(Floats.Or(Width, fallback.Width), Floats.Or(Height, fallback.Height));

    public readonly Size2 Clamp(Size2 min, Size2 max) =>
        new(Floats.MaybeClamp(Width, min.Width, max.Width), Floats.MaybeClamp(Height, min.Height, max.Height));

    public readonly Size2 Max(Size2 floor) => new(Floats.MaybeMax(Width, floor.Width), Floats.MaybeMax(Height, floor.Height));

    /// <summary>Fills a missing axis from the other through <c>aspect-ratio</c> (width / height), when set.</summary>
    public readonly Size2 ApplyAspectRatio(float ratio)
    {
        if (float.IsNaN(ratio))
        {
            return this;
        }

        if (!float.IsNaN(Width) && float.IsNaN(Height))
        {
            return new(Width, Width / ratio);
        }

        if (float.IsNaN(Width) && !float.IsNaN(Height))
        {
            return new(Height * ratio, Height);
        }

        return this;
    }

    /// <summary>Adds to present components only.</summary>
    public readonly Size2 Add(Size2 amount) => new(Width + amount.Width, Height + amount.Height);
}
