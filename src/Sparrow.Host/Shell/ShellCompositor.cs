using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Host.Shell;

/// <summary>
/// Puts the page's scene and the shell's into one frame: the page's primitives move down to the
/// page's viewport and are clipped to it (scissors), then the shell's are appended after them, so the
/// bars and overlays draw over the page. Both scenes are in device pixels of the same target; the
/// page's was painted for the whole window (its display list's size is the frame's). Works on the
/// arrays the builders filled; allocates nothing once their capacity suffices.
/// </summary>
internal static class ShellCompositor
{
    /// <summary>Moves every primitive of <paramref name="scene"/> down by <paramref name="dy"/> device px and clips all to <paramref name="area"/> (device px).</summary>
    public static void MovePage(DisplayList scene, float dy, Rect area)
    {
        var shift = Matrix3x2.CreateTranslation(0, dy);
        foreach (ref var q in scene.Quads.AsSpan())
        {
            q.Transform *= shift;
            q.Clip = Moved(q.Clip, dy);
        }

        foreach (ref var s in scene.Shadows.AsSpan())
        {
            s.Transform *= shift;
            s.Clip = Moved(s.Clip, dy);
        }

        foreach (ref var g in scene.Gradients.AsSpan())
        {
            g.Transform *= shift;
            g.Clip = Moved(g.Clip, dy);
        }

        foreach (ref var g in scene.Glyphs.AsSpan())
        {
            g.Transform *= shift;
            g.Clip = Moved(g.Clip, dy);
        }

        foreach (ref var i in scene.Images.AsSpan())
        {
            i.Transform *= shift;
            i.Clip = Moved(i.Clip, dy);
        }

        foreach (ref var r in scene.Scissors.AsSpan())
        {
            r = Clipped(r.Offset(0, dy), area);
        }

        foreach (ref var l in scene.Layers.AsSpan())
        {
            l = l with { Bounds = Clipped(l.Bounds.Offset(0, dy), area), Mask = l.Mask.Moved(0, dy) };
        }
    }

    /// <summary>Appends every primitive of <paramref name="from"/> to <paramref name="into"/>, after what it holds, in <paramref name="from"/>'s order.</summary>
    public static void Append(DisplayList into, DisplayList from)
    {
        var scissorBase = into.Scissors.Count;
        foreach (var r in from.Scissors.AsReadOnlySpan())
        {
            into.Scissors.Add(r);
        }

        var layerBase = into.Layers.Count;
        foreach (var l in from.Layers.AsReadOnlySpan())
        {
            into.Layers.Add(l);
        }

        var stopBase = into.GradientStops.Count;
        foreach (var s in from.GradientStops.AsReadOnlySpan())
        {
            into.GradientStops.Add(s);
        }

        var rampBase = into.Ramps.Count;
        foreach (var r in from.Ramps.AsReadOnlySpan())
        {
            into.Ramps.Add(new GradientRamp(r.Start + stopBase, r.Count));
        }

        foreach (var item in from.Order.AsReadOnlySpan())
        {
            var index = item.Kind switch
            {
                PrimitiveKind.Quad => into.Quads.Add(from.Quads[item.Index]),
                PrimitiveKind.Shadow => into.Shadows.Add(from.Shadows[item.Index]),
                PrimitiveKind.Gradient => into.Gradients.Add(Rebased(from.Gradients[item.Index], rampBase)),
                PrimitiveKind.Glyph => into.Glyphs.Add(from.Glyphs[item.Index]),
                PrimitiveKind.Image => into.Images.Add(from.Images[item.Index]),
                _ => item.Index + layerBase, // LayerBegin / LayerEnd name a layer
            };
            into.Order.Add(new DrawItem(item.Kind, (ushort)(item.Scissor + scissorBase), index));
        }
    }

    private static Gradient Rebased(Gradient gradient, int rampBase)
    {
        if (gradient.Ramp > 0)
        {
            gradient.Ramp += rampBase;
        }

        return gradient;
    }

    private static ClipMask Moved(ClipMask clip, float dy) => clip.IsNone ? clip : new ClipMask(clip.Bounds.Offset(0, dy), clip.Radii);

    private static Rect Clipped(Rect rect, Rect area)
    {
        var clipped = rect.Intersect(area);
        return clipped.IsEmpty ? new Rect(area.X, area.Y, 0, 0) : clipped;
    }
}
