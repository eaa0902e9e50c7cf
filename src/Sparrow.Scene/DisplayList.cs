using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A frame's scene: one array per primitive kind plus the draw order, as gpui's Scene. It holds no GPU
/// object and no logic beyond storage; <see cref="SceneBuilder"/> fills it, <see cref="BatchIterator"/>
/// cuts the draw order into runs, and the renderer uploads the arrays as instance data.
/// Invariant (kept by the builder): along <see cref="Order"/>, each kind's indices increase by one, so a
/// run of one kind is a contiguous range of its array.
/// </summary>
public sealed partial class DisplayList
{
    public Size Viewport { get; internal set; }

    public PrimitiveArray<Quad> Quads { get; } = new();

    public PrimitiveArray<Shadow> Shadows { get; } = new();

    public PrimitiveArray<Gradient> Gradients { get; } = new();

    public PrimitiveArray<GlyphSprite> Glyphs { get; } = new(64);

    public PrimitiveArray<ImageSprite> Images { get; } = new();

    /// <summary>Stops of gradients too long to store inline, referred to by <see cref="Ramps"/>.</summary>
    public PrimitiveArray<GradientStop> GradientStops { get; } = new();

    public PrimitiveArray<GradientRamp> Ramps { get; } = new(4);

    public PrimitiveArray<Layer> Layers { get; } = new(4);

    /// <summary>Scissor rectangles in target pixels; entry 0 is the whole viewport.</summary>
    public PrimitiveArray<Rect> Scissors { get; } = new(4);

    public PrimitiveArray<DrawItem> Order { get; } = new(64);

    /// <summary>
    /// Clips this frame drew by their bounds only. Nested rounded clips intersect exactly (a masked layer
    /// where two overlap partially, <c>SceneBuilder.Clips.cs</c>), so only a clip under a transform with no
    /// inverse (a zero scale: nothing under it is visible) counts.
    /// </summary>
    public int ApproximatedClips { get; internal set; }

    /// <summary>Empties every array and keeps their storage.</summary>
    public void Clear(Size viewport)
    {
        Viewport = viewport;
        Quads.Clear();
        Shadows.Clear();
        Gradients.Clear();
        Glyphs.Clear();
        Images.Clear();
        GradientStops.Clear();
        Ramps.Clear();
        Layers.Clear();
        Scissors.Clear();
        Order.Clear();
        ApproximatedClips = 0;
        Scissors.Add(new Rect(0, 0, viewport.Width, viewport.Height));
    }
}
