using System;
using System.Globalization;
using Sparrow.Layout;

namespace Sparrow.Css;

/// <summary>
/// Presents computed styles as Layout's <see cref="LayoutStyle"/> (Layout owns that contract; this
/// is the one place that knows both). Values LayoutStyle cannot express are mapped to the nearest
/// thing layout does support, listed in the README: grid/table displays lay out as block, sticky as
/// relative, intrinsic size keywords as auto, and calc() mixing % and px as auto.
/// Precondition: <see cref="Cascade.Apply"/> has run for the node.
/// </summary>
public static class LayoutStyleAdapter
{
    public static LayoutStyle ToLayoutStyle(ComputedStyleStore styles, int node)
    {
        CssValue V(CssProperty p) => styles.Get(p, node);
        var s = LayoutStyle.Default;
        s.Display = V(CssProperties.Display).Text switch
        {
            "inline" => Display.Inline,
            "inline-block" or "inline-table" => Display.InlineBlock,
            "flex" or "-webkit-box" => Display.Flex,
            "inline-flex" or "-webkit-inline-box" => Display.InlineFlex,
            "none" => Display.None,
            _ => Display.Block,
        };
        s.Position = V(CssProperties.Position).Text switch
        {
            "relative" or "sticky" => Position.Relative,
            "absolute" => Position.Absolute,
            "fixed" => Position.Fixed,
            _ => Position.Static,
        };
        s.Float = V(CssProperties.Float).Text switch { "left" => FloatSide.Left, "right" => FloatSide.Right, _ => FloatSide.None };
        s.Clear = V(CssProperties.Clear).Text switch { "left" => Clear.Left, "right" => Clear.Right, "both" => Clear.Both, _ => Clear.None };
        s.FlexDirection = V(CssProperties.FlexDirection).Text switch
        {
            "row-reverse" => FlexDirection.RowReverse,
            "column" => FlexDirection.Column,
            "column-reverse" => FlexDirection.ColumnReverse,
            _ => FlexDirection.Row,
        };
        s.FlexWrap = V(CssProperties.FlexWrap).Text switch { "wrap" => FlexWrap.Wrap, "wrap-reverse" => FlexWrap.WrapReverse, _ => FlexWrap.NoWrap };
        s.JustifyContent = V(CssProperties.JustifyContent).Text switch
        {
            "flex-end" or "end" or "right" => JustifyContent.FlexEnd,
            "center" => JustifyContent.Center,
            "space-between" => JustifyContent.SpaceBetween,
            "space-around" => JustifyContent.SpaceAround,
            "space-evenly" => JustifyContent.SpaceEvenly,
            _ => JustifyContent.FlexStart,
        };

        // CSS Box Alignment 3 §6.1: "normal" behaves as stretch for flex items and flex lines.
        s.AlignItems = ToAlign(V(CssProperties.AlignItems).Text, Align.Stretch);
        s.AlignSelf = ToAlign(V(CssProperties.AlignSelf).Text, Align.Auto);
        s.AlignContent = V(CssProperties.AlignContent).Text switch
        {
            "flex-start" or "start" => AlignContent.FlexStart,
            "flex-end" or "end" => AlignContent.FlexEnd,
            "center" => AlignContent.Center,
            "space-between" => AlignContent.SpaceBetween,
            "space-around" => AlignContent.SpaceAround,
            "space-evenly" => AlignContent.SpaceEvenly,
            _ => AlignContent.Stretch,
        };
        s.BoxSizing = V(CssProperties.BoxSizing).IsKeyword("border-box") ? BoxSizing.BorderBox : BoxSizing.ContentBox;
        s.OverflowX = ToOverflow(V(CssProperties.OverflowX).Text);
        s.OverflowY = ToOverflow(V(CssProperties.OverflowY).Text);
        s.TextAlign = V(CssProperties.TextAlign).Text switch
        {
            "right" or "end" => TextAlign.Right,
            "center" or "-webkit-center" => TextAlign.Center,
            "justify" => TextAlign.Justify,
            _ => TextAlign.Left,
        };
        s.NoWrap = V(CssProperties.WhiteSpace).Text is "nowrap" or "pre";
        s.VerticalAlign = V(CssProperties.VerticalAlign).Text switch
        {
            "top" or "text-top" => VerticalAlign.Top,
            "middle" => VerticalAlign.Middle,
            "bottom" or "text-bottom" => VerticalAlign.Bottom,
            _ => VerticalAlign.Baseline,
        };

        s.Width = ToLength(V(CssProperties.Width));
        s.Height = ToLength(V(CssProperties.Height));
        s.MinWidth = ToLength(V(CssProperties.MinWidth));
        s.MinHeight = ToLength(V(CssProperties.MinHeight));
        s.MaxWidth = ToLength(V(CssProperties.MaxWidth));
        s.MaxHeight = ToLength(V(CssProperties.MaxHeight));
        s.FlexBasis = V(CssProperties.FlexBasis).IsKeyword("content") ? Length.Undefined : ToLength(V(CssProperties.FlexBasis));
        s.RowGap = ToLengthOrZero(V(CssProperties.RowGap));
        s.ColumnGap = ToLengthOrZero(V(CssProperties.ColumnGap));
        s.MarginTop = ToLength(V(CssProperties.MarginTop));
        s.MarginRight = ToLength(V(CssProperties.MarginRight));
        s.MarginBottom = ToLength(V(CssProperties.MarginBottom));
        s.MarginLeft = ToLength(V(CssProperties.MarginLeft));
        s.PaddingTop = ToLengthOrZero(V(CssProperties.PaddingTop));
        s.PaddingRight = ToLengthOrZero(V(CssProperties.PaddingRight));
        s.PaddingBottom = ToLengthOrZero(V(CssProperties.PaddingBottom));
        s.PaddingLeft = ToLengthOrZero(V(CssProperties.PaddingLeft));
        s.BorderTop = ToLengthOrZero(V(CssProperties.BorderTopWidth));
        s.BorderRight = ToLengthOrZero(V(CssProperties.BorderRightWidth));
        s.BorderBottom = ToLengthOrZero(V(CssProperties.BorderBottomWidth));
        s.BorderLeft = ToLengthOrZero(V(CssProperties.BorderLeftWidth));
        s.InsetTop = ToLength(V(CssProperties.Top));
        s.InsetRight = ToLength(V(CssProperties.Right));
        s.InsetBottom = ToLength(V(CssProperties.Bottom));
        s.InsetLeft = ToLength(V(CssProperties.Left));
        s.FlexGrow = V(CssProperties.FlexGrow).Number;
        s.FlexShrink = V(CssProperties.FlexShrink).Number;
        s.Order = (int)V(CssProperties.Order).Number;
        var z = V(CssProperties.ZIndex);
        s.ZIndex = z.Kind == CssValueKind.Number ? (int)z.Number : LayoutStyle.AutoZIndex;
        s.AspectRatio = ToRatio(V(CssProperties.AspectRatio));
        return s;
    }

    private static Align ToAlign(string? keyword, Align normal) => keyword switch
    {
        "flex-start" or "start" or "self-start" => Align.FlexStart,
        "flex-end" or "end" or "self-end" => Align.FlexEnd,
        "center" => Align.Center,
        "baseline" => Align.Baseline,
        "stretch" => Align.Stretch,
        "auto" => Align.Auto,
        _ => normal,
    };

    private static Overflow ToOverflow(string? keyword) => keyword switch
    {
        "hidden" or "clip" => Overflow.Hidden,
        "scroll" => Overflow.Scroll,
        "auto" => Overflow.Auto,
        _ => Overflow.Visible,
    };

    /// <summary>px → points, % → fraction, auto → auto, none → undefined; calc() with a % part is not expressible and becomes auto.</summary>
    private static Length ToLength(CssValue v) => v.Kind switch
    {
        CssValueKind.Dimension => Length.Points(v.Number),
        CssValueKind.Percentage => Length.Percent(v.Number / 100),
        CssValueKind.Calc when v.Number2 == 0 => Length.Points(v.Number),
        CssValueKind.Calc when v.Number == 0 => Length.Percent(v.Number2 / 100),
        CssValueKind.Keyword when v.Text == "none" => Length.Undefined,
        _ => Length.Auto,
    };

    private static Length ToLengthOrZero(CssValue v)
    {
        var l = ToLength(v);
        return l.IsLength ? l : Length.Zero;
    }

    private static float ToRatio(CssValue v)
    {
        if (v.Kind != CssValueKind.Raw || v.Text is null)
        {
            return float.NaN;
        }

        var parts = v.Text.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && h > 0
            ? w / h
            : float.NaN;
    }
}
