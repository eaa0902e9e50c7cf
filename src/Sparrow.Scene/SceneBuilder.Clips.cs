using System;
using System.Numerics;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// Clips: every clip narrows the scissor to its bounds; a rounded one also becomes the SDF mask each
/// primitive carries (<see cref="ClipMask"/>, one per instance). Nested rounded clips intersect exactly:
/// <list type="bullet">
/// <item>the new shape lies inside the mask in force: it becomes the mask (it implies the outer one);</item>
/// <item>the mask in force lies inside the new shape: nothing changes;</item>
/// <item>they cannot overlap: the scissor becomes empty and nothing under the clip is drawn;</item>
/// <item>they overlap partially: a layer opens whose <see cref="LayerMask"/> is the mask in force
/// (composited anti-aliased, <c>composite.frag.glsl</c>) and the new shape becomes the primitives' mask,
/// so each pixel takes both coverages multiplied, as Skia multiplies the coverages of two anti-aliased
/// clips. The cost, one offscreen pass, is paid only where two rounded clips truly overlap partially.</item>
/// </list>
/// "Inside" is tested on the inner shape's bounding rectangle, as Skia's GPU clip stack decides that one
/// clip element makes another redundant (Ganesh's <c>ClipStack.cpp</c>, <c>shape_contains_rect</c>): two
/// shapes that share a rounded corner both stay, and both clip the anti-aliased edge, as in Chromium.
/// Where primitives inside the layer overlap one another on the outer clip's anti-aliased edge, the layer
/// applies that edge to their composite, where Skia applies it to each draw: a difference within that
/// one-pixel band only.
/// A clip (rounded or not) under a rotation or skew opens a layer with a <see cref="LayerMask"/> in the
/// clip's own space instead: neither the scissor nor the mask (target pixels, axis-aligned) can express it.
/// </summary>
public sealed partial class SceneBuilder
{
    /// <summary>Clips what follows to <paramref name="rect"/> (local space) by scissor.</summary>
    public void PushClip(Rect rect) => PushRoundedClip(rect, default);

    /// <summary>
    /// Clips what follows to a rounded rectangle (local space): scissor by its bounds, SDF mask for the
    /// corners, intersected exactly with the rounded clips already in force (see the type's remarks).
    /// </summary>
    public void PushRoundedClip(Rect rect, CornerRadii radii)
    {
        RequireBuilding();
        _clips.Add(_clip);
        var device = TransformBounds(rect, _transform);
        var scissor = List.Scissors[_clip.Scissor].Intersect(device);
        var mask = _clip.Mask;
        if (_transform.M12 != 0 || _transform.M21 != 0)
        {
            var index = NarrowScissor(scissor);
            _clip = new ClipEntry(index, mask, PushMaskLayer(rect, radii, index, toLocal: null));
            return;
        }

        var outer = default(ClipMask);
        if (!radii.IsZero)
        {
            // Axis-aligned: the rounded shape maps exactly, each axis's radii scaled by that axis's scale.
            var inner = new ClipMask(device, radii.Scale(Math.Abs(_transform.M11), Math.Abs(_transform.M22)));
            if (mask.IsNone || mask.Contains(device))
            {
                mask = inner;
            }
            else if (inner.Contains(mask.Bounds))
            {
                // The mask in force already implies the new clip.
            }
            else if (Disjoint(mask, inner, scissor))
            {
                scissor = Rect.Empty;
            }
            else
            {
                outer = mask;
                mask = inner;
            }
        }

        var scissorIndex = NarrowScissor(scissor);
        var layer = outer.Bounds.IsEmpty ? -1 : PushMaskLayer(outer.Bounds, outer.Radii, scissorIndex, Matrix3x2.Identity);
        _clip = new ClipEntry(scissorIndex, mask, layer);
    }

    /// <summary>
    /// Whether no pixel inside <paramref name="scissor"/> (whole pixels, so widened by one) can be covered
    /// by both shapes, anti-aliasing included: one of them misses the region.
    /// </summary>
    private static bool Disjoint(in ClipMask a, in ClipMask b, Rect scissor)
    {
        var region = new Rect(scissor.X - 1, scissor.Y - 1, scissor.Width + 2, scissor.Height + 2);
        return scissor.IsEmpty || a.Excludes(region) || b.Excludes(region);
    }

    /// <summary>The index of <paramref name="scissor"/>: the one in force when equal, else a new entry.</summary>
    private ushort NarrowScissor(Rect scissor)
    {
        var index = _clip.Scissor;
        if (scissor == List.Scissors[index])
        {
            return index;
        }

        if (List.Scissors.Count > ushort.MaxValue)
        {
            ThrowHelper.InvalidOperation("More than 65535 scissor rectangles in one scene.");
        }

        return (ushort)List.Scissors.Add(scissor);
    }

    /// <summary>
    /// A layer composited through <paramref name="rect"/>, opened at <paramref name="scissor"/>. The rect
    /// is in the space <paramref name="toLocal"/> maps target pixels to; null: the current local space.
    /// </summary>
    private int PushMaskLayer(Rect rect, CornerRadii radii, ushort scissor, Matrix3x2? toLocal)
    {
        Matrix3x2 map;
        if (toLocal is { } given)
        {
            map = given;
        }
        else if (!Matrix3x2.Invert(_transform, out map))
        {
            // A degenerate transform draws nothing visible; the clip keeps its bounds only.
            List.ApproximatedClips++;
            return -1;
        }

        var index = List.Layers.Add(new Layer(1, List.Scissors[scissor]) { Mask = new LayerMask(rect, radii, map) });
        List.Order.Add(new DrawItem(PrimitiveKind.LayerBegin, scissor, index));
        return index;
    }

    public void PopClip()
    {
        RequireBuilding();
        if (_clips.Count == 0)
        {
            ThrowHelper.InvalidOperation("PopClip without PushClip.");
        }

        if (_clip.Layer >= 0)
        {
            var last = List.Order.Count - 1;
            if (List.Order[last].Kind == PrimitiveKind.LayerBegin && List.Order[last].Index == _clip.Layer)
            {
                // Nothing was drawn under the clip: no offscreen pass for it.
                List.Order.RemoveLast();
                List.Layers.RemoveLast();
            }
            else
            {
                List.Order.Add(new DrawItem(PrimitiveKind.LayerEnd, _clip.Scissor, _clip.Layer));
            }
        }

        _clip = _clips[_clips.Count - 1];
        _clips.RemoveLast();
    }
}
