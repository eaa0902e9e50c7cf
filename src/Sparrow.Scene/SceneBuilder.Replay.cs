using System;
using System.Numerics;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// Reuse of an earlier frame's painting: Paint marks where a run of painting (a stacking context, a
/// subtree's backgrounds or inline content) starts and ends, and when nothing the run depends on
/// changed, copies it from the last frame instead of painting it again. The copy re-bases every index
/// the run's items hold (primitives, scissors, layers, gradient ramps and their stops), so the result is
/// the list painting would have built.
/// </summary>
public sealed partial class SceneBuilder
{
    /// <summary>The rounded clip in force: the mask the next primitive carries.</summary>
    public ClipMask CurrentMask => _clip.Mask;

    /// <summary>The scissor in force, in target pixels.</summary>
    public Rect CurrentScissor => List.Scissors[_clip.Scissor];

    /// <summary>Where the list being built stands now (see <see cref="Replay"/>).</summary>
    public SceneMark Mark()
    {
        RequireBuilding();
        var l = List;
        return new SceneMark(
            l.Quads.Count,
            l.Shadows.Count,
            l.Gradients.Count,
            l.Glyphs.Count,
            l.Images.Count,
            l.GradientStops.Count,
            l.Ramps.Count,
            l.Layers.Count,
            l.Scissors.Count,
            l.Order.Count,
            l.ApproximatedClips,
            _clip.Scissor);
    }

    /// <summary>
    /// Appends what <paramref name="source"/> got between <paramref name="start"/> and
    /// <paramref name="end"/>. Precondition (the caller's to check): that run was balanced (every push
    /// popped), and it was built under the same transform, scissor rectangle and rounded clip as are in
    /// force now, so the baked transforms, masks and scissor rectangles it holds are the ones building it
    /// again would give. Items drawn under the scissor in force at <paramref name="start"/> take the one
    /// in force now; scissors, layers and ramps the run made are appended and its items re-pointed.
    /// <para>
    /// With an <paramref name="offset"/> (target pixels: a scroll of the page), the run is moved by it: every baked transform, rounded clip and layer mask of the run,
    /// and the scissors it made, move by it; a layer's bounds are the scissor its begin item is drawn
    /// under, as pushing it gives. Precondition (the caller's to check), beyond the unmoved one's: the run
    /// was built under the transform and rounded clip in force now less <paramref name="offset"/>, it holds
    /// no transform but a translation of those, and nothing of it was clamped by the target (its scissors
    /// moved are the ones clipping it again would give).
    /// </para>
    /// </summary>
    public void Replay(DisplayList source, in SceneMark start, in SceneMark end, Vector2 offset = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireBuilding();
        var list = List;
        var scissorCount = end.Scissors - start.Scissors;
        if (list.Scissors.Count + scissorCount > ushort.MaxValue + 1)
        {
            ThrowHelper.InvalidOperation("More than 65535 scissor rectangles in one scene.");
        }

        var quads = list.Quads.AddRange(source.Quads.AsReadOnlySpan()[start.Quads..end.Quads]) - start.Quads;
        var shadows = list.Shadows.AddRange(source.Shadows.AsReadOnlySpan()[start.Shadows..end.Shadows]) - start.Shadows;
        var glyphs = list.Glyphs.AddRange(source.Glyphs.AsReadOnlySpan()[start.Glyphs..end.Glyphs]) - start.Glyphs;
        var images = list.Images.AddRange(source.Images.AsReadOnlySpan()[start.Images..end.Images]) - start.Images;
        var layers = list.Layers.AddRange(source.Layers.AsReadOnlySpan()[start.Layers..end.Layers]) - start.Layers;
        var scissors = list.Scissors.AddRange(source.Scissors.AsReadOnlySpan()[start.Scissors..end.Scissors]) - start.Scissors;
        var stops = list.GradientStops.AddRange(source.GradientStops.AsReadOnlySpan()[start.GradientStops..end.GradientStops]) - start.GradientStops;
        var ramps = list.Ramps.Count - start.Ramps;
        foreach (var ramp in source.Ramps.AsReadOnlySpan()[start.Ramps..end.Ramps])
        {
            list.Ramps.Add(new GradientRamp(ramp.Start + stops, ramp.Count));
        }

        var gradients = list.Gradients.Count - start.Gradients;
        foreach (var gradient in source.Gradients.AsReadOnlySpan()[start.Gradients..end.Gradients])
        {
            var g = gradient;
            if (g.Ramp > 0)
            {
                g.Ramp += ramps;
            }

            list.Gradients.Add(g);
        }

        foreach (var item in source.Order.AsReadOnlySpan()[start.Order..end.Order])
        {
            int scissor;
            if (item.Scissor == start.Scissor)
            {
                scissor = _clip.Scissor;
            }
            else if (item.Scissor >= start.Scissors && item.Scissor < end.Scissors)
            {
                scissor = item.Scissor + scissors;
            }
            else
            {
                ThrowHelper.InvalidOperation($"A replayed item uses scissor {item.Scissor}, made outside the run.");
                return;
            }

            var shift = item.Kind switch
            {
                PrimitiveKind.Quad => quads,
                PrimitiveKind.Shadow => shadows,
                PrimitiveKind.Gradient => gradients,
                PrimitiveKind.Glyph => glyphs,
                PrimitiveKind.Image => images,
                _ => layers,
            };
            list.Order.Add(new DrawItem(item.Kind, (ushort)scissor, item.Index + shift));
        }

        list.ApproximatedClips += end.ApproximatedClips - start.ApproximatedClips;
        if (offset != Vector2.Zero)
        {
            Move(list, start.Quads + quads, start.Shadows + shadows, start.Gradients + gradients, start.Glyphs + glyphs,
                start.Images + images, start.Layers + layers, start.Scissors + scissors, list.Order.Count - (end.Order - start.Order), offset);
        }
    }

    /// <summary>Moves what <see cref="Replay"/> appended from the given indices on.</summary>
    private static void Move(DisplayList list, int quads, int shadows, int gradients, int glyphs, int images, int layers, int scissors, int order, Vector2 offset)
    {
        foreach (ref var s in list.Scissors.AsSpan()[scissors..])
        {
            s = s.Offset(offset.X, offset.Y);
        }

        foreach (ref var q in list.Quads.AsSpan()[quads..])
        {
            q.Transform.Translation += offset;
            q.Clip = Moved(q.Clip, offset);
        }

        foreach (ref var s in list.Shadows.AsSpan()[shadows..])
        {
            s.Transform.Translation += offset;
            s.Clip = Moved(s.Clip, offset);
        }

        foreach (ref var g in list.Gradients.AsSpan()[gradients..])
        {
            g.Transform.Translation += offset;
            g.Clip = Moved(g.Clip, offset);
        }

        foreach (ref var g in list.Glyphs.AsSpan()[glyphs..])
        {
            g.Transform.Translation += offset;
            g.Clip = Moved(g.Clip, offset);
        }

        foreach (ref var i in list.Images.AsSpan()[images..])
        {
            i.Transform.Translation += offset;
            i.Clip = Moved(i.Clip, offset);
        }

        foreach (var item in list.Order.AsReadOnlySpan()[order..])
        {
            if (item.Kind != PrimitiveKind.LayerBegin || item.Index < layers)
            {
                continue;
            }

            ref var layer = ref list.Layers[item.Index];
            var mask = layer.Mask;
            if (mask.IsSet)
            {
                // An axis-aligned mask is kept in target pixels (identity map); another maps target pixels back.
                mask = mask.ToLocal.IsIdentity ? mask with { Rect = mask.Rect.Offset(offset.X, offset.Y) } : mask.Moved(offset.X, offset.Y);
            }

            layer = layer with { Bounds = list.Scissors[item.Scissor], Mask = mask };
        }
    }

    private static ClipMask Moved(in ClipMask clip, Vector2 offset) =>
        clip.IsNone ? clip : new ClipMask(clip.Bounds.Offset(offset.X, offset.Y), clip.Radii);
}
