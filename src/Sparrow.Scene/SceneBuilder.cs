using System;
using System.Numerics;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// How Paint fills a <see cref="DisplayList"/>: primitives pushed in painting order (back to front) under
/// a stack of clips, transforms and opacity groups. The builder bakes the current transform and rounded
/// clip into each primitive and records the current scissor in its <see cref="DrawItem"/>, so the
/// renderer needs no stacks. <see cref="Begin"/> reuses all storage: no allocation in steady state.
/// </summary>
/// <remarks>
/// Clip model (<c>SceneBuilder.Clips.cs</c>): a rectangular clip (or the bounds of any clip) narrows the
/// scissor; a rounded clip becomes the per-instance SDF mask. Nested rounded clips intersect exactly: the
/// inner one replaces the mask when it lies inside it, and where the two overlap only partially a layer
/// opens whose <see cref="LayerMask"/> is the outer one (one offscreen pass, only there).
/// A clip (rounded or not) under a rotation or skew opens a layer with a <see cref="LayerMask"/>: what
/// it clips draws offscreen and is composited through the rotated shape when the clip is popped.
/// </remarks>
public sealed partial class SceneBuilder
{
    private readonly PrimitiveArray<ClipEntry> _clips = new(8);
    private readonly PrimitiveArray<Matrix3x2> _transforms = new(8);
    private readonly PrimitiveArray<int> _layers = new(8);
    private Matrix3x2 _transform = Matrix3x2.Identity;
    private ClipEntry _clip;
    private bool _building;

    public SceneBuilder()
        : this(new DisplayList())
    {
    }

    public SceneBuilder(DisplayList list)
    {
        List = list;
    }

    public DisplayList List { get; }

    /// <summary>The current transform from local space to target pixels.</summary>
    public Matrix3x2 Transform => _transform;

    /// <summary>Starts a frame: empties the list (keeping capacity) and resets the stacks.</summary>
    public void Begin(Size viewport)
    {
        List.Clear(viewport);
        _clips.Clear();
        _transforms.Clear();
        _layers.Clear();
        _transform = Matrix3x2.Identity;
        _clip = new ClipEntry(0, ClipMask.None);
        _building = true;
    }

    /// <summary>Ends the frame; every push must have been popped.</summary>
    public DisplayList End()
    {
        RequireBuilding();
        if (_clips.Count != 0 || _transforms.Count != 0 || _layers.Count != 0)
        {
            ThrowHelper.InvalidOperation($"Unbalanced scene: {_clips.Count} clips, {_transforms.Count} transforms and {_layers.Count} layers still pushed.");
        }

        _building = false;
        return List;
    }

    public void AddQuad(in Quad quad)
    {
        if (ScissorIsEmpty())
        {
            return;
        }

        var q = quad;
        q.Transform = quad.Transform * _transform;
        q.Clip = _clip.Mask;
        AddItem(PrimitiveKind.Quad, List.Quads.Add(q));
    }

    public void AddShadow(in Shadow shadow)
    {
        if (ScissorIsEmpty())
        {
            return;
        }

        var s = shadow;
        s.Transform = shadow.Transform * _transform;
        s.Clip = _clip.Mask;
        AddItem(PrimitiveKind.Shadow, List.Shadows.Add(s));
    }

    public void AddGradient(in Gradient gradient)
    {
        if (ScissorIsEmpty())
        {
            return;
        }

        var g = gradient;
        g.Transform = gradient.Transform * _transform;
        g.Clip = _clip.Mask;
        AddItem(PrimitiveKind.Gradient, List.Gradients.Add(g));
    }

    /// <summary>
    /// A gradient with any number of stops (offsets resolved, non-decreasing, 0..1 on the gradient line):
    /// inline when they fit in <see cref="GradientStops.Capacity"/>, else through a <see cref="GradientRamp"/>.
    /// With <see cref="GradientFlags.Repeating"/> the stops must span exactly 0..1 (one period).
    /// </summary>
    public void AddGradient(GradientKind kind, Rect bounds, Point start, Point end, ReadOnlySpan<float> offsets, ReadOnlySpan<Color> colors, CornerRadii radii = default, GradientFlags flags = GradientFlags.None)
    {
        if (offsets.Length <= GradientStops.Capacity)
        {
            var inline = kind == GradientKind.Linear
                ? Gradient.Linear(bounds, start, end, offsets, colors, radii)
                : Gradient.Radial(bounds, start, end, offsets, colors, radii);
            inline.Flags = flags;
            AddGradient(inline);
            return;
        }

        if (offsets.Length != colors.Length)
        {
            ThrowHelper.Argument(nameof(colors), "A gradient needs one color per stop.");
        }

        if (ScissorIsEmpty())
        {
            return;
        }

        var first = List.GradientStops.Count;
        for (var i = 0; i < offsets.Length; i++)
        {
            List.GradientStops.Add(new GradientStop(offsets[i], colors[i]));
        }

        // The inline stops keep the ends, so a renderer without ramps still draws something close.
        var g = kind == GradientKind.Linear
            ? Gradient.Linear(bounds, start, end, [offsets[0], offsets[^1]], [colors[0], colors[^1]], radii)
            : Gradient.Radial(bounds, start, end, [offsets[0], offsets[^1]], [colors[0], colors[^1]], radii);
        g.StopCount = offsets.Length;
        g.Flags = flags;
        g.Ramp = List.Ramps.Add(new GradientRamp(first, offsets.Length)) + 1;
        g.Transform = _transform;
        g.Clip = _clip.Mask;
        AddItem(PrimitiveKind.Gradient, List.Gradients.Add(g));
    }

    public void AddGlyph(in GlyphSprite glyph)
    {
        if (ScissorIsEmpty())
        {
            return;
        }

        var g = glyph;
        g.Transform = glyph.Transform * _transform;
        g.Clip = _clip.Mask;
        AddItem(PrimitiveKind.Glyph, List.Glyphs.Add(g));
    }

    public void AddImage(in ImageSprite image)
    {
        if (ScissorIsEmpty())
        {
            return;
        }

        var i = image;
        i.Transform = image.Transform * _transform;
        i.Clip = _clip.Mask;
        AddItem(PrimitiveKind.Image, List.Images.Add(i));
    }

    /// <summary>Applies <paramref name="transform"/> (local to the current space) to what follows.</summary>
    public void PushTransform(Matrix3x2 transform)
    {
        RequireBuilding();
        _transforms.Add(_transform);
        _transform = transform * _transform;
    }

    public void PopTransform()
    {
        RequireBuilding();
        if (_transforms.Count == 0)
        {
            ThrowHelper.InvalidOperation("PopTransform without PushTransform.");
        }

        _transform = _transforms[_transforms.Count - 1];
        _transforms.RemoveLast();
    }

    /// <summary>Starts a group drawn with <paramref name="opacity"/> as a whole (CSS <c>opacity</c>). Opacity 1 costs nothing.</summary>
    public void PushLayer(float opacity)
    {
        RequireBuilding();
        if (opacity >= 1)
        {
            _layers.Add(-1);
            return;
        }

        var index = List.Layers.Add(new Layer(Math.Max(opacity, 0), List.Scissors[_clip.Scissor]));
        _layers.Add(index);
        AddItem(PrimitiveKind.LayerBegin, index);
    }

    public void PopLayer()
    {
        RequireBuilding();
        if (_layers.Count == 0)
        {
            ThrowHelper.InvalidOperation("PopLayer without PushLayer.");
        }

        var index = _layers[_layers.Count - 1];
        _layers.RemoveLast();
        if (index >= 0)
        {
            AddItem(PrimitiveKind.LayerEnd, index);
        }
    }

    /// <summary>The axis-aligned bounds of <paramref name="rect"/> after <paramref name="m"/>.</summary>
    public static Rect TransformBounds(Rect rect, Matrix3x2 m)
    {
        if (m.IsIdentity)
        {
            return rect;
        }

        var a = Vector2.Transform(new Vector2(rect.Left, rect.Top), m);
        var b = Vector2.Transform(new Vector2(rect.Right, rect.Top), m);
        var c = Vector2.Transform(new Vector2(rect.Right, rect.Bottom), m);
        var d = Vector2.Transform(new Vector2(rect.Left, rect.Bottom), m);
        var min = Vector2.Min(Vector2.Min(a, b), Vector2.Min(c, d));
        var max = Vector2.Max(Vector2.Max(a, b), Vector2.Max(c, d));
        return Rect.FromEdges(min.X, min.Y, max.X, max.Y);
    }

    private bool ScissorIsEmpty()
    {
        RequireBuilding();
        return List.Scissors[_clip.Scissor].IsEmpty;
    }

    private void AddItem(PrimitiveKind kind, int index) => List.Order.Add(new DrawItem(kind, _clip.Scissor, index));

    private void RequireBuilding()
    {
        if (!_building)
        {
            ThrowHelper.InvalidOperation("Call SceneBuilder.Begin before building.");
        }
    }

    private readonly record struct ClipEntry(ushort Scissor, ClipMask Mask, int Layer = -1);
}
