using System;
using System.Text;

namespace Sparrow.Css;

/// <summary>
/// WXSS's responsive pixel: 750rpx is the window width. Conversion matches the official wcsc's
/// runtime (<c>transformRPX</c> in the JS it generates, checked by conformance/css/wcsc):
/// <c>floor(n / 750 · width + 1e-4)</c> per literal, and a non-zero value that floors to 0 becomes
/// 1px (0.5px only on iOS with a device pixel ratio above 1, which a non-iOS host never is).
/// Only the lower-case unit is rpx: wcsc leaves <c>100RPX</c> alone, and a browser then drops it.
/// </summary>
public static class Rpx
{
    public static float ToPx(float rpx, float windowWidth)
    {
        if (rpx == 0)
        {
            return 0;
        }

        // Double precision, as in JS.
        var n = Math.Floor(((double)rpx / 750 * windowWidth) + 1e-4);
        return n == 0 ? 1 : (float)n;
    }

    /// <summary>A declared value with every rpx literal replaced by px (what wcsc's output would declare).</summary>
    public static CssValue Resolve(CssValue value, float windowWidth) => value.Kind switch
    {
        CssValueKind.Dimension when value.Unit == CssUnit.Rpx => CssValue.Px(ToPx(value.Number, windowWidth)),
        CssValueKind.CalcExpression => value with { Complex = Resolve((CalcNode)value.Complex!, windowWidth) },
        CssValueKind.Raw or CssValueKind.Pending when value.Text is { } t && t.Contains("rpx", StringComparison.Ordinal) => value with { Text = ResolveText(t, windowWidth) },
        _ => value,
    };

    public static string ResolveText(string text, float windowWidth)
    {
        var sb = new StringBuilder();
        var reader = new CssTokenReader(text);
        for (var t = reader.Read(); t.Kind != CssTokenKind.Eof; t = reader.Read())
        {
            if (t.Kind == CssTokenKind.Dimension && t.Value == "rpx")
            {
                sb.Append(CssValue.Format(ToPx((float)t.Number, windowWidth))).Append("px");
            }
            else
            {
                sb.Append(text, t.Start, t.Length);
            }
        }

        return sb.ToString();
    }

    private static CalcNode Resolve(CalcNode node, float windowWidth) => node.Op == 'v'
        ? CalcNode.Value(Resolve(node.Leaf, windowWidth))
        : CalcNode.Binary(node.Op, Resolve(node.Left!, windowWidth), Resolve(node.Right!, windowWidth));
}
