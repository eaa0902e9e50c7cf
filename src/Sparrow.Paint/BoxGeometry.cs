using System;
using System.Numerics;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// Box geometry that <see cref="Painter"/> paints with and the embedder's hit-testing tests against:
/// corner radii, padding edges, and the matrix a stacking context lays its subtree out in.
/// </summary>
public static class BoxGeometry
{
    /// <summary>
    /// Corner radii resolved against the border box <paramref name="rect"/> (a percentage of the width
    /// and one of the height; the scene's corners are circular, so the smaller), then scaled down
    /// together where adjacent radii exceed a side (css-backgrounds-3 §5.5).
    /// </summary>
    public static CornerRadii Radii(ComputedStyleStore styles, int node, Rect rect)
    {
        var tl = Radius(styles.Get(CssProperties.BorderTopLeftRadius, node), rect);
        var tr = Radius(styles.Get(CssProperties.BorderTopRightRadius, node), rect);
        var br = Radius(styles.Get(CssProperties.BorderBottomRightRadius, node), rect);
        var bl = Radius(styles.Get(CssProperties.BorderBottomLeftRadius, node), rect);
        if (tl == 0 && tr == 0 && br == 0 && bl == 0)
        {
            return default;
        }

        var f = 1f;
        f = Fit(f, rect.Width, tl + tr);
        f = Fit(f, rect.Width, bl + br);
        f = Fit(f, rect.Height, tl + bl);
        f = Fit(f, rect.Height, tr + br);
        return new CornerRadii(tl * f, tr * f, br * f, bl * f);

        static float Fit(float f, float side, float sum) => sum > 0 && side / sum < f ? Math.Max(0, side / sum) : f;
    }

    /// <summary>The padding edge's radii: each outer radius less the wider of its two borders (css-backgrounds-3 §5.2, circular).</summary>
    public static CornerRadii InnerRadii(CornerRadii r, BorderWidths w)
    {
        if (r.IsZero)
        {
            return r;
        }

        return new CornerRadii(
            Math.Max(0, r.TopLeft - Math.Max(w.Top, w.Left)),
            Math.Max(0, r.TopRight - Math.Max(w.Top, w.Right)),
            Math.Max(0, r.BottomRight - Math.Max(w.Bottom, w.Right)),
            Math.Max(0, r.BottomLeft - Math.Max(w.Bottom, w.Left)));
    }

    /// <summary>The rectangle inside the borders (the padding box of a border box), never negative.</summary>
    public static Rect Deflate(Rect r, BorderWidths w) =>
        new(r.X + w.Left, r.Y + w.Top, Math.Max(0, r.Width - w.Left - w.Right), Math.Max(0, r.Height - w.Top - w.Bottom));

    /// <summary>
    /// The matrix a stacking context paints its subtree with, in page coordinates (row-vector order):
    /// for a fixed box the page's scroll undone (it was placed against the viewport), then its
    /// transform about its origin (<see cref="TryTransform"/>).
    /// </summary>
    /// <param name="styles">The computed styles.</param>
    /// <param name="node">The stacking context's element.</param>
    /// <param name="rect">Its absolute, snapped border box.</param>
    /// <param name="lengths">What its lengths resolve against.</param>
    /// <param name="isFixed">The box is <c>position: fixed</c>.</param>
    /// <param name="scroll">The page's scroll offset in CSS px.</param>
    public static Matrix3x2 ContextMatrix(ComputedStyleStore styles, int node, Rect rect, in LengthContext lengths, bool isFixed, Point scroll)
    {
        var matrix = isFixed ? Matrix3x2.CreateTranslation(scroll.X, scroll.Y) : Matrix3x2.Identity;
        return TryTransform(styles, node, rect, lengths, out var transform) ? transform * matrix : matrix;
    }

    /// <summary>
    /// The box's <c>transform</c> about its <c>transform-origin</c> (percentages of the border box
    /// <paramref name="rect"/>), in page coordinates; false when it has none or it does not parse.
    /// </summary>
    public static bool TryTransform(ComputedStyleStore styles, int node, Rect rect, in LengthContext lengths, out Matrix3x2 matrix)
    {
        matrix = Matrix3x2.Identity;
        var value = styles.Get(CssProperties.Transform, node);
        if (value.Kind != CssValueKind.Raw || value.Text is null)
        {
            return false;
        }

        if (!TransformParser.TryParse(value.Text, rect.Size, lengths, out var m))
        {
            return false;
        }

        var originText = styles.Get(CssProperties.TransformOrigin, node).Text;
        var origin = new Point(rect.Width / 2, rect.Height / 2);
        if (originText is not null)
        {
            TransformParser.TryParseOrigin(originText, rect.Size, lengths, out origin);
        }

        // css-transforms-1 §6: translate(origin) · transform · translate(−origin), here in row-vector order.
        var p = new Vector2(rect.X + origin.X, rect.Y + origin.Y);
        matrix = Matrix3x2.CreateTranslation(-p) * m * Matrix3x2.CreateTranslation(p);
        return true;
    }

    private static float Radius(CssValue v, Rect rect)
    {
        var r = v.Kind switch
        {
            CssValueKind.Dimension => v.Number,
            CssValueKind.Percentage => v.Number * Math.Min(rect.Width, rect.Height) / 100,
            CssValueKind.Calc => v.Number + (v.Number2 * Math.Min(rect.Width, rect.Height) / 100),
            _ => 0,
        };
        return r > 0 ? r : 0;
    }
}
