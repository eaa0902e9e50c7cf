using System.Globalization;
using System.Numerics;
using System.Text;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// The text form of a <see cref="DisplayList"/> for tests and <c>--dump-scene</c>: one line per draw
/// item in draw order, values rounded to 0.01 px, defaults (identity transform, no clip mask, scissor 0,
/// zero radii or borders) left out so a line reads like the CSS that made it.
/// </summary>
public static class SceneDump
{
    public static string Write(DisplayList list)
    {
        var sb = new StringBuilder();
        sb.Append("scene ").Append(F(list.Viewport.Width)).Append('x').Append(F(list.Viewport.Height)).Append('\n');
        var depth = 1;
        foreach (var item in list.Order.AsReadOnlySpan())
        {
            if (item.Kind == PrimitiveKind.LayerEnd)
            {
                depth--;
            }

            sb.Append(' ', 2 * depth);
            WriteItem(sb, list, item);
            if (item.Scissor != 0)
            {
                sb.Append(" scissor=").Append(R(list.Scissors[item.Scissor]));
            }

            sb.Append('\n');
            if (item.Kind == PrimitiveKind.LayerBegin)
            {
                depth++;
            }
        }

        return sb.ToString();
    }

    private static void WriteItem(StringBuilder sb, DisplayList list, DrawItem item)
    {
        switch (item.Kind)
        {
            case PrimitiveKind.Quad:
            {
                ref var q = ref list.Quads[item.Index];
                sb.Append("quad ").Append(R(q.Bounds));
                if (!q.Background.IsTransparent)
                {
                    sb.Append(" bg=").Append(q.Background);
                }

                Radii(sb, q.Radii);
                if (!q.BorderWidths.IsZero)
                {
                    var w = q.BorderWidths;
                    var s = q.BorderStyles;
                    sb.Append(" border=").Append(F(w.Top)).Append(',').Append(F(w.Right)).Append(',').Append(F(w.Bottom)).Append(',').Append(F(w.Left));
                    sb.Append(' ').Append(q.BorderTop).Append(',').Append(q.BorderRight).Append(',').Append(q.BorderBottom).Append(',').Append(q.BorderLeft);
                    sb.Append(' ').Append(Style(s.Top)).Append(',').Append(Style(s.Right)).Append(',').Append(Style(s.Bottom)).Append(',').Append(Style(s.Left));
                }

                Common(sb, q.Transform, q.Clip);
                break;
            }

            case PrimitiveKind.Shadow:
            {
                ref var s = ref list.Shadows[item.Index];
                sb.Append(s.IsInset ? "inset-shadow " : "shadow ").Append(R(s.Box));
                sb.Append(" offset=").Append(F(s.Offset.X)).Append(',').Append(F(s.Offset.Y));
                sb.Append(" blur=").Append(F(s.Blur)).Append(" spread=").Append(F(s.Spread)).Append(" color=").Append(s.Color);
                Radii(sb, s.Radii);
                Common(sb, s.Transform, s.Clip);
                break;
            }

            case PrimitiveKind.Gradient:
            {
                ref var g = ref list.Gradients[item.Index];
                sb.Append(g.IsRepeating ? "repeating-" : string.Empty).Append(g.Kind == GradientKind.Linear ? "linear-gradient " : "radial-gradient ").Append(R(g.Bounds));
                sb.Append(g.Kind == GradientKind.Linear ? " from=" : " center=").Append(F(g.Start.X)).Append(',').Append(F(g.Start.Y));
                sb.Append(g.Kind == GradientKind.Linear ? " to=" : " radii=").Append(F(g.End.X)).Append(',').Append(F(g.End.Y));
                sb.Append(" stops=");
                if (g.Ramp > 0)
                {
                    var ramp = list.Ramps[g.Ramp - 1];
                    for (var i = 0; i < ramp.Count; i++)
                    {
                        var stop = list.GradientStops[ramp.Start + i];
                        sb.Append(i == 0 ? string.Empty : ",").Append(stop.Color).Append(' ').Append(F(stop.Offset));
                    }
                }
                else
                {
                    for (var i = 0; i < g.StopCount; i++)
                    {
                        sb.Append(i == 0 ? string.Empty : ",").Append(g.Stops.ColorAt(i)).Append(' ').Append(F(g.Stops.OffsetAt(i)));
                    }
                }

                Radii(sb, g.Radii);
                Common(sb, g.Transform, g.Clip);
                break;
            }

            case PrimitiveKind.Glyph:
            {
                ref var g = ref list.Glyphs[item.Index];
                sb.Append("glyph ").Append(R(g.Bounds)).Append(" tile=").Append(g.Texture).Append(':').Append(R(g.AtlasRect)).Append(" color=").Append(g.Color);
                Common(sb, g.Transform, g.Clip);
                break;
            }

            case PrimitiveKind.Image:
            {
                ref var i = ref list.Images[item.Index];
                sb.Append("image ").Append(R(i.Bounds)).Append(" texture=").Append(i.Texture);
                if (i.Uv != new Rect(0, 0, 1, 1))
                {
                    sb.Append(" uv=").Append(R(i.Uv));
                }

                if (i.Flags != ImageFlags.None)
                {
                    sb.Append(" repeat=").Append((i.Flags & ImageFlags.RepeatX) != 0 ? "x" : string.Empty).Append((i.Flags & ImageFlags.RepeatY) != 0 ? "y" : string.Empty);
                }

                if (i.Opacity != 1)
                {
                    sb.Append(" opacity=").Append(F(i.Opacity));
                }

                Common(sb, i.Transform, i.Clip);
                break;
            }

            case PrimitiveKind.LayerBegin:
                ref readonly var layer = ref list.Layers[item.Index];
                sb.Append("layer opacity=").Append(F(layer.Opacity));
                if (layer.Mask.IsSet)
                {
                    sb.Append(" mask=").Append(R(layer.Mask.Rect));
                    Radii(sb, layer.Mask.Radii);
                }

                sb.Append(" {");
                break;
            default:
                sb.Append('}');
                break;
        }
    }

    private static void Radii(StringBuilder sb, CornerRadii r)
    {
        if (!r.IsZero)
        {
            sb.Append(" radii=").Append(F(r.TopLeft)).Append(',').Append(F(r.TopRight)).Append(',').Append(F(r.BottomRight)).Append(',').Append(F(r.BottomLeft));
            if (!r.IsCircular)
            {
                // Elliptical corners: the vertical radii after a '/', as CSS writes them.
                sb.Append('/').Append(F(r.TopLeftY)).Append(',').Append(F(r.TopRightY)).Append(',').Append(F(r.BottomRightY)).Append(',').Append(F(r.BottomLeftY));
            }
        }
    }

    private static void Common(StringBuilder sb, Matrix3x2 m, ClipMask clip)
    {
        if (!m.IsIdentity)
        {
            sb.Append(" transform=[").Append(F(m.M11)).Append(' ').Append(F(m.M12)).Append(' ').Append(F(m.M21)).Append(' ')
                .Append(F(m.M22)).Append(' ').Append(F(m.M31)).Append(' ').Append(F(m.M32)).Append(']');
        }

        if (!clip.IsNone)
        {
            sb.Append(" clip=").Append(R(clip.Bounds));
            Radii(sb, clip.Radii);
        }
    }

    private static string Style(BorderStyle s) => s switch
    {
        BorderStyle.Dashed => "dashed",
        BorderStyle.Dotted => "dotted",
        _ => "solid",
    };

    private static string R(Rect r) => $"({F(r.X)},{F(r.Y)} {F(r.Width)}x{F(r.Height)})";

    private static string F(float v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
