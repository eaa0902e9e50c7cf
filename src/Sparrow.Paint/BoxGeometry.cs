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
    /// Corner radii resolved against the border box <paramref name="rect"/> (css-backgrounds-3 §5.1: a
    /// horizontal percentage of its width, a vertical one of its height, so a single percentage gives an
    /// elliptical corner on a box that is not square), then scaled down together where adjacent radii
    /// exceed a side (§5.5). A corner with either radius 0 is square, so both are 0.
    /// </summary>
    public static CornerRadii Radii(ComputedStyleStore styles, int node, Rect rect)
    {
        var (tl, tlY) = Radius(styles.Get(CssProperties.BorderTopLeftRadius, node), rect);
        var (tr, trY) = Radius(styles.Get(CssProperties.BorderTopRightRadius, node), rect);
        var (br, brY) = Radius(styles.Get(CssProperties.BorderBottomRightRadius, node), rect);
        var (bl, blY) = Radius(styles.Get(CssProperties.BorderBottomLeftRadius, node), rect);
        if (tl == 0 && tr == 0 && br == 0 && bl == 0)
        {
            return default;
        }

        // §5.5: f = min(L_i / S_i) over the four sides, the top and bottom summing horizontal radii,
        // the left and right vertical ones; every radius is scaled by the one f, so shapes are kept.
        var f = 1f;
        f = Fit(f, rect.Width, tl + tr);
        f = Fit(f, rect.Width, bl + br);
        f = Fit(f, rect.Height, tlY + blY);
        f = Fit(f, rect.Height, trY + brY);
        return new CornerRadii(tl, tr, br, bl, tlY, trY, brY, blY).Scale(f);

        static float Fit(float f, float side, float sum) => sum > 0 && side / sum < f ? Math.Max(0, side / sum) : f;
    }

    /// <summary>
    /// The padding edge's radii: each outer radius less the border width on its axis, the horizontal
    /// radius less the left or right border, the vertical one less the top or bottom border
    /// (css-backgrounds-3 §5.2), so a wide side flattens the inner curve into an ellipse.
    /// </summary>
    public static CornerRadii InnerRadii(CornerRadii r, BorderWidths w) => Deflate(r, w.Top, w.Right, w.Bottom, w.Left);

    /// <summary>Radii <paramref name="r"/> of an edge moved inwards by the given per-side distances (§5.2's rule for any inner edge).</summary>
    public static CornerRadii Deflate(CornerRadii r, float top, float right, float bottom, float left)
    {
        if (r.IsZero)
        {
            return default;
        }

        var inner = new CornerRadii(
            Math.Max(0, r.TopLeft - left),
            Math.Max(0, r.TopRight - right),
            Math.Max(0, r.BottomRight - right),
            Math.Max(0, r.BottomLeft - left),
            Math.Max(0, r.TopLeftY - top),
            Math.Max(0, r.TopRightY - top),
            Math.Max(0, r.BottomRightY - bottom),
            Math.Max(0, r.BottomLeftY - bottom));

        // A corner that lost either radius is square (§5.1).
        return Square(inner);
    }

    private static CornerRadii Square(CornerRadii r)
    {
        if (r.TopLeft == 0 || r.TopLeftY == 0)
        {
            r.TopLeft = r.TopLeftY = 0;
        }

        if (r.TopRight == 0 || r.TopRightY == 0)
        {
            r.TopRight = r.TopRightY = 0;
        }

        if (r.BottomRight == 0 || r.BottomRightY == 0)
        {
            r.BottomRight = r.BottomRightY = 0;
        }

        if (r.BottomLeft == 0 || r.BottomLeftY == 0)
        {
            r.BottomLeft = r.BottomLeftY = 0;
        }

        return r;
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

    /// <summary>A corner's (horizontal, vertical) radius; both 0 when either is (a square corner, §5.1).</summary>
    private static (float X, float Y) Radius(CssValue v, Rect rect)
    {
        var x = Length(v.First, rect.Width);
        var y = Length(v.Second, rect.Height);
        return x > 0 && y > 0 ? (x, y) : (0, 0);
    }

    private static float Length(CssValue v, float basis)
    {
        var r = v.Kind switch
        {
            CssValueKind.Dimension => v.Number,
            CssValueKind.Percentage => v.Number * basis / 100,
            CssValueKind.Calc => v.Number + (v.Number2 * basis / 100),
            _ => 0,
        };
        return r > 0 ? r : 0;
    }
}
