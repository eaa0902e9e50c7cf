using System;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// A parsed gradient meeting a box (css-images-3 §3.1–3.4): the gradient line (linear) or the
/// ending shape (radial), and the color stops fixed up into non-decreasing offsets in 0..1 of it, as
/// the scene wants them. Stops outside 0..1 stretch the line (linear) or the radii (radial) so
/// nothing is lost; an interpolation hint becomes nine stops on its curve, as in Blink.
/// </summary>
internal static class GradientGeometry
{
    /// <summary>Room for resolved stops: hints expand into nine each.</summary>
    public const int MaxResolvedStops = 128;

    /// <summary>
    /// Resolves <paramref name="spec"/> in a box of <paramref name="size"/> (origin at 0,0). For a
    /// linear gradient <paramref name="start"/>/<paramref name="end"/> are the line's ends; for a radial
    /// one the centre and the radii. False for a degenerate gradient (paint nothing).
    /// </summary>
    public static bool TryResolve(in GradientSpec spec, ReadOnlySpan<StopSpec> stops, Size size, Color currentColor, Span<float> offsets, Span<Color> colors, out Point start, out Point end, out int count)
    {
        start = end = default;
        count = 0;
        if (size.Width <= 0 || size.Height <= 0 || stops.Length > offsets.Length || stops.Length < 2)
        {
            return false;
        }

        float length;
        if (spec.Kind == GradientKind.Linear)
        {
            var angle = spec.HasAngle ? spec.Angle : SideAngle(spec.ToX, spec.ToY, size);
            var dx = Clean(MathF.Sin(angle));
            var dy = Clean(-MathF.Cos(angle));

            // §3.1.1: the line passes through the centre, long enough that its perpendiculars at the ends touch the corners.
            length = MathF.Abs(size.Width * dx) + MathF.Abs(size.Height * dy);
            var cx = size.Width / 2;
            var cy = size.Height / 2;
            start = new Point(cx - (dx * length / 2), cy - (dy * length / 2));
            end = new Point(cx + (dx * length / 2), cy + (dy * length / 2));
        }
        else
        {
            var center = new Point(spec.Center.X.Resolve(size.Width), spec.Center.Y.Resolve(size.Height));
            var radii = Radii(spec, center, size);
            if (!(radii.X > 0 && radii.Y > 0))
            {
                return false;
            }

            start = center;
            end = radii;

            // §3.2: stops are placed along the gradient ray, as long as the horizontal radius.
            length = radii.X;
        }

        if (!(length > 0))
        {
            return false;
        }

        count = FixUp(stops, length, currentColor, offsets, colors);
        if (spec.Repeating)
        {
            // One period from 0 scales the line (linear) or the radii (radial); the renderer repeats it.
            var period = Repeat(offsets, colors, ref count);
            end = spec.Kind == GradientKind.Linear
                ? new Point(start.X + ((end.X - start.X) * period), start.Y + ((end.Y - start.Y) * period))
                : new Point(end.X * period, end.Y * period);
            return true;
        }

        var min = offsets[0];
        var max = offsets[count - 1];
        if (spec.Kind == GradientKind.Linear)
        {
            if (min < 0 || max > 1)
            {
                // Stretch the line over the stops' range, and the stops back into 0..1.
                var lineX = end.X - start.X;
                var lineY = end.Y - start.Y;
                var lo = Math.Min(min, 0);
                var hi = Math.Max(max, 1);
                end = new Point(start.X + (lineX * hi), start.Y + (lineY * hi));
                start = new Point(start.X + (lineX * lo), start.Y + (lineY * lo));
                for (var i = 0; i < count; i++)
                {
                    offsets[i] = (offsets[i] - lo) / (hi - lo);
                }
            }
        }
        else
        {
            if (min < 0)
            {
                count = CutBelowZero(offsets, colors, count);
            }

            if (offsets[count - 1] > 1)
            {
                var k = offsets[count - 1];
                end = new Point(end.X * k, end.Y * k);
                for (var i = 0; i < count; i++)
                {
                    offsets[i] /= k;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// css-images-3 §3.3 repeating gradients: the stops from the first to the last position are one
    /// period, repeated both ways. Rewrites them as the period that starts at position 0 (the color
    /// there, the stops after it, then the stops before it one period later, the color at 0 again at
    /// the end), scaled to 0..1, and returns the period's length as a fraction of the gradient line
    /// (linear) or the horizontal radius (radial). A zero-length period paints the stops' average
    /// color, as the spec asks.
    /// </summary>
    private static float Repeat(Span<float> offsets, Span<Color> colors, ref int count)
    {
        var n = count;
        var first = offsets[0];
        var period = offsets[n - 1] - first;
        if (!(period > 1e-6f) || n + 2 > offsets.Length)
        {
            var average = colors[0];
            for (var i = 1; i < n; i++)
            {
                average = Mix(average, colors[i], 1f / (i + 1));
            }

            offsets[0] = 0;
            offsets[1] = 1;
            colors[0] = colors[1] = average;
            count = 2;
            return 1;
        }

        // Where position 0 falls in the written period [first, last): the period starts there with the
        // color just after it and ends with the color just before it (they differ at a hard edge).
        var at = first + PositiveModulo(-first, period);
        Span<float> o = stackalloc float[n + 2];
        Span<Color> c = stackalloc Color[n + 2];
        var m = 0;
        o[m] = 0;
        c[m++] = ColorAt(offsets[..n], colors[..n], at, before: false);
        for (var i = 0; i < n; i++)
        {
            if (offsets[i] > at)
            {
                o[m] = offsets[i] - at;
                c[m++] = colors[i];
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (offsets[i] < at)
            {
                o[m] = offsets[i] + period - at;
                c[m++] = colors[i];
            }
        }

        if (o[m - 1] < period)
        {
            o[m] = period;
            c[m++] = at == first ? colors[n - 1] : ColorAt(offsets[..n], colors[..n], at, before: true);
        }

        for (var i = 0; i < m; i++)
        {
            offsets[i] = Math.Min(o[i] / period, 1);
            colors[i] = c[i];
        }

        count = m;
        return period;
    }

    private static float PositiveModulo(float x, float m)
    {
        var r = x % m;
        return r < 0 ? r + m : r;
    }

    /// <summary>
    /// The color at <paramref name="t"/> (within the stops' range); at a hard edge, the color just
    /// <paramref name="before"/> it or just after it.
    /// </summary>
    private static Color ColorAt(ReadOnlySpan<float> offsets, ReadOnlySpan<Color> colors, float t, bool before)
    {
        var i = 0;
        while (i + 1 < offsets.Length && (before ? offsets[i + 1] < t : offsets[i + 1] <= t))
        {
            i++;
        }

        if (i + 1 >= offsets.Length || offsets[i + 1] <= offsets[i])
        {
            return colors[i];
        }

        return Mix(colors[i], colors[i + 1], Math.Clamp((t - offsets[i]) / (offsets[i + 1] - offsets[i]), 0, 1));
    }

    /// <summary>Sine and cosine of the side angles (0, 90°…) exactly: −0 and 0.99999994 would show in dumps.</summary>
    private static float Clean(float v) => MathF.Abs(v) < 1e-6f ? 0 : MathF.Abs(MathF.Abs(v) - 1) < 1e-6f ? MathF.Sign(v) : v;

    /// <summary>§3.1.1 "to &lt;side-or-corner&gt;": corners pick the angle whose perpendicular joins the two neighbouring corners.</summary>
    private static float SideAngle(int toX, int toY, Size size)
    {
        if (toX == 0)
        {
            return toY < 0 ? 0 : MathF.PI;
        }

        if (toY == 0)
        {
            return toX > 0 ? MathF.PI / 2 : 3 * MathF.PI / 2;
        }

        var a = MathF.Atan2(size.Height, size.Width);
        return (toX, toY) switch
        {
            (> 0, < 0) => a,
            (> 0, > 0) => MathF.PI - a,
            (< 0, > 0) => MathF.PI + a,
            _ => (2 * MathF.PI) - a,
        };
    }

    /// <summary>§3.2.2 the ending shape's radii for each &lt;radial-size&gt;.</summary>
    private static Point Radii(in GradientSpec spec, Point c, Size size)
    {
        var left = MathF.Abs(c.X);
        var right = MathF.Abs(size.Width - c.X);
        var top = MathF.Abs(c.Y);
        var bottom = MathF.Abs(size.Height - c.Y);
        var near = new Point(Math.Min(left, right), Math.Min(top, bottom));
        var far = new Point(Math.Max(left, right), Math.Max(top, bottom));
        if (spec.Extent == RadialExtent.Explicit)
        {
            var rx = spec.RadiusX.Resolve(size.Width);
            return new Point(rx, spec.Circle ? rx : spec.RadiusY.Resolve(size.Height));
        }

        if (spec.Circle)
        {
            var r = spec.Extent switch
            {
                RadialExtent.ClosestSide => Math.Min(near.X, near.Y),
                RadialExtent.FarthestSide => Math.Max(far.X, far.Y),
                RadialExtent.ClosestCorner => MathF.Sqrt((near.X * near.X) + (near.Y * near.Y)),
                _ => MathF.Sqrt((far.X * far.X) + (far.Y * far.Y)),
            };
            return new Point(r, r);
        }

        // An ellipse through a corner keeps the aspect ratio of the matching side size: × √2.
        return spec.Extent switch
        {
            RadialExtent.ClosestSide => near,
            RadialExtent.FarthestSide => far,
            RadialExtent.ClosestCorner => new Point(near.X * MathF.Sqrt(2), near.Y * MathF.Sqrt(2)),
            _ => new Point(far.X * MathF.Sqrt(2), far.Y * MathF.Sqrt(2)),
        };
    }

    /// <summary>
    /// css-images-4 §3.4.3 color stop fixup: a missing first/last position is 0%/100%; a position
    /// before an earlier one moves up to it; runs without positions share the space evenly.
    /// </summary>
    private static int FixUp(ReadOnlySpan<StopSpec> stops, float length, Color currentColor, Span<float> offsets, Span<Color> colors)
    {
        var n = stops.Length;
        for (var i = 0; i < n; i++)
        {
            offsets[i] = stops[i].HasPosition ? stops[i].Position.Resolve(length) / length : float.NaN;
            colors[i] = stops[i].IsCurrentColor ? currentColor : stops[i].Color;
        }

        if (float.IsNaN(offsets[0]))
        {
            offsets[0] = 0;
        }

        if (float.IsNaN(offsets[n - 1]))
        {
            offsets[n - 1] = 1;
        }

        // Positions (of stops and hints) below an earlier one move up to it.
        var highest = offsets[0];
        for (var i = 1; i < n; i++)
        {
            if (!float.IsNaN(offsets[i]))
            {
                offsets[i] = Math.Max(offsets[i], highest);
                highest = offsets[i];
            }
        }

        // Runs of color stops without positions spread evenly between the color stops around them;
        // hints are not color stops and do not take part.
        var previous = 0;
        for (var i = 1; i < n; i++)
        {
            if (stops[i].IsHint || float.IsNaN(offsets[i]))
            {
                continue;
            }

            var missing = 0;
            for (var k = previous + 1; k < i; k++)
            {
                missing += stops[k].IsHint ? 0 : 1;
            }

            var step = (offsets[i] - offsets[previous]) / (missing + 1);
            var done = 0;
            for (var k = previous + 1; k < i; k++)
            {
                if (!stops[k].IsHint)
                {
                    offsets[k] = offsets[previous] + (step * ++done);
                }
            }

            previous = i;
        }

        // A hint is the point where its two neighbours' colors meet halfway (css-images-4 §3.5.3).
        var hints = false;
        for (var i = 1; i < n - 1; i++)
        {
            if (stops[i].IsHint)
            {
                offsets[i] = Math.Min(Math.Max(offsets[i], offsets[i - 1]), offsets[i + 1]);
                colors[i] = Mix(colors[i - 1], colors[i + 1], 0.5f);
                hints = true;
            }
        }

        return hints ? ExpandHints(stops, offsets, colors, n) : n;
    }

    /// <summary>
    /// Replaces each hint by stops on its interpolation curve, as Blink does
    /// (css_gradient_value.cc, ReplaceColorHintsWithColorStops): nine stops, two on the shorter side
    /// of the hint and seven on the longer, colored by weight = t^(ln 0.5 / ln h), where t and h are
    /// the stop's and the hint's relative positions between the two color stops. A hint halfway is
    /// no hint; one on a color stop is a hard edge. Keeps the single halfway stop when the expansion
    /// would not fit in <paramref name="offsets"/>.
    /// </summary>
    private static int ExpandHints(ReadOnlySpan<StopSpec> stops, Span<float> offsets, Span<Color> colors, int n)
    {
        const int MaxExpanded = MaxResolvedStops;
        Span<float> o = stackalloc float[MaxExpanded];
        Span<Color> c = stackalloc Color[MaxExpanded];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (m + 9 > MaxExpanded)
            {
                return n;
            }

            if (!stops[i].IsHint)
            {
                o[m] = offsets[i];
                c[m++] = colors[i];
                continue;
            }

            var left = offsets[i - 1];
            var right = offsets[i + 1];
            var leftDist = offsets[i] - left;
            var rightDist = right - offsets[i];
            var total = right - left;
            if (MathF.Abs(leftDist - rightDist) < 1e-6f)
            {
                continue;
            }

            if (leftDist < 1e-6f || rightDist < 1e-6f)
            {
                o[m] = offsets[i];
                c[m++] = leftDist < 1e-6f ? colors[i + 1] : colors[i - 1];
                continue;
            }

            var start = m;
            if (leftDist > rightDist)
            {
                for (var k = 0; k < 7; k++)
                {
                    o[m++] = left + (leftDist * ((7f + k) / 13f));
                }

                o[m++] = offsets[i] + (rightDist / 3);
                o[m++] = offsets[i] + (rightDist * 2 / 3);
            }
            else
            {
                o[m++] = left + (leftDist / 3);
                o[m++] = left + (leftDist * 2 / 3);
                for (var k = 0; k < 7; k++)
                {
                    o[m++] = offsets[i] + (rightDist * (k / 13f));
                }
            }

            var exponent = MathF.Log(0.5f) / MathF.Log(leftDist / total);
            for (var k = start; k < m; k++)
            {
                var weight = MathF.Pow((o[k] - left) / total, exponent);
                c[k] = float.IsFinite(weight) ? Mix(colors[i - 1], colors[i + 1], weight) : colors[i];
            }
        }

        if (m > offsets.Length)
        {
            return n;
        }

        o[..m].CopyTo(offsets);
        c[..m].CopyTo(colors);
        return m;
    }

    /// <summary>Drops stops before 0, replacing them with one stop at 0 of the color the gradient has there.</summary>
    private static int CutBelowZero(Span<float> offsets, Span<Color> colors, int count)
    {
        var first = 0;
        while (first < count && offsets[first] < 0)
        {
            first++;
        }

        if (first == count)
        {
            offsets[0] = 0;
            colors[0] = colors[count - 1];
            return 1;
        }

        var prev = first - 1;
        var t = offsets[first] == offsets[prev] ? 1 : (0 - offsets[prev]) / (offsets[first] - offsets[prev]);
        var at0 = Mix(colors[prev], colors[first], t);
        var n = 0;
        offsets[n] = 0;
        colors[n++] = at0;
        for (var i = first; i < count; i++)
        {
            offsets[n] = offsets[i];
            colors[n++] = colors[i];
        }

        return n;
    }

    /// <summary>Interpolates in premultiplied space, as the renderer does (css-images-4 §3.5.2).</summary>
    public static Color Mix(Color a, Color b, float t)
    {
        var aa = a.A / 255f;
        var ba = b.A / 255f;
        var alpha = aa + ((ba - aa) * t);
        if (alpha <= 0)
        {
            return Color.Transparent;
        }

        byte Channel(byte x, byte y) => (byte)Math.Clamp(MathF.Round(((x * aa) + (((y * ba) - (x * aa)) * t)) / alpha), 0, 255);
        return new Color(Channel(a.R, b.R), Channel(a.G, b.G), Channel(a.B, b.B), (byte)MathF.Round(alpha * 255));
    }
}
