using System;
using System.Collections.Generic;
using static Sparrow.Css.PropertyEffects;
using static Sparrow.Css.ValueGrammar;

namespace Sparrow.Css;

/// <summary>
/// The property table: every supported longhand, defined once. A row's id is its order here; the
/// parser dispatches on <see cref="CssProperty.Grammar"/>, the computed-style store has one column
/// per row, inheritance and dirty marking read <see cref="CssProperty.Inherited"/> and
/// <see cref="CssProperty.Effects"/>. Shorthands expand to these in <c>CssShorthands</c>.
/// Initial values from each property's spec (CSS 2.2, Flexbox 1, Backgrounds 3, Fonts 4, Text 3,
/// Transitions 1, Animations 1).
/// </summary>
public static class CssProperties
{
    /// <summary>Short name for <see cref="PropertyEffects.Layout"/> in the table below (the namespace Sparrow.Layout shadows it).</summary>
    private const PropertyEffects Box = PropertyEffects.Layout;

    private static readonly List<CssProperty> Rows = [];
    private static readonly Dictionary<string, CssProperty> ByName = new(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Auto = ["auto"];
    private static readonly string[] SizeKeywords = ["auto", "min-content", "max-content", "fit-content"];
    private static readonly string[] BorderStyles = ["none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset"];
    private static readonly string[] BorderWidths = ["thin", "medium", "thick"];
    private static readonly string[] Overflow = ["visible", "hidden", "clip", "scroll", "auto"];

    public static readonly CssProperty Display = Define("display", Keyword, "inline", false, Box | Paint, false,
        ["block", "inline", "inline-block", "flex", "inline-flex", "none", "grid", "inline-grid", "contents", "table", "inline-table", "table-row", "table-cell", "table-row-group", "table-header-group", "table-footer-group", "table-column", "table-column-group", "table-caption", "list-item", "flow-root", "-webkit-box", "-webkit-inline-box"]);

    public static readonly CssProperty Position = Define("position", Keyword, "static", false, Box, false, ["static", "relative", "absolute", "fixed", "sticky"]);
    public static readonly CssProperty Float = Define("float", Keyword, "none", false, Box, false, ["none", "left", "right"]);
    public static readonly CssProperty Clear = Define("clear", Keyword, "none", false, Box, false, ["none", "left", "right", "both"]);
    public static readonly CssProperty Top = Define("top", LengthPercentage, "auto", false, Box, true, Auto);
    public static readonly CssProperty Right = Define("right", LengthPercentage, "auto", false, Box, true, Auto);
    public static readonly CssProperty Bottom = Define("bottom", LengthPercentage, "auto", false, Box, true, Auto);
    public static readonly CssProperty Left = Define("left", LengthPercentage, "auto", false, Box, true, Auto);
    public static readonly CssProperty ZIndex = Define("z-index", Integer, "auto", false, Paint, true, Auto);
    public static readonly CssProperty BoxSizing = Define("box-sizing", Keyword, "content-box", false, Box, false, ["content-box", "border-box"]);

    public static readonly CssProperty Width = Define("width", LengthPercentage, "auto", false, Box, true, SizeKeywords, nonNegative: true);
    public static readonly CssProperty Height = Define("height", LengthPercentage, "auto", false, Box, true, SizeKeywords, nonNegative: true);
    public static readonly CssProperty MinWidth = Define("min-width", LengthPercentage, "auto", false, Box, true, SizeKeywords, nonNegative: true);
    public static readonly CssProperty MinHeight = Define("min-height", LengthPercentage, "auto", false, Box, true, SizeKeywords, nonNegative: true);
    public static readonly CssProperty MaxWidth = Define("max-width", LengthPercentage, "none", false, Box, true, ["none", "min-content", "max-content", "fit-content"], nonNegative: true);
    public static readonly CssProperty MaxHeight = Define("max-height", LengthPercentage, "none", false, Box, true, ["none", "min-content", "max-content", "fit-content"], nonNegative: true);

    public static readonly CssProperty MarginTop = Define("margin-top", LengthPercentage, "0", false, Box, true, Auto);
    public static readonly CssProperty MarginRight = Define("margin-right", LengthPercentage, "0", false, Box, true, Auto);
    public static readonly CssProperty MarginBottom = Define("margin-bottom", LengthPercentage, "0", false, Box, true, Auto);
    public static readonly CssProperty MarginLeft = Define("margin-left", LengthPercentage, "0", false, Box, true, Auto);
    public static readonly CssProperty PaddingTop = Define("padding-top", LengthPercentage, "0", false, Box, true, [], nonNegative: true);
    public static readonly CssProperty PaddingRight = Define("padding-right", LengthPercentage, "0", false, Box, true, [], nonNegative: true);
    public static readonly CssProperty PaddingBottom = Define("padding-bottom", LengthPercentage, "0", false, Box, true, [], nonNegative: true);
    public static readonly CssProperty PaddingLeft = Define("padding-left", LengthPercentage, "0", false, Box, true, [], nonNegative: true);

    public static readonly CssProperty BorderTopWidth = Define("border-top-width", Length, "medium", false, Box | Paint, true, BorderWidths, nonNegative: true);
    public static readonly CssProperty BorderRightWidth = Define("border-right-width", Length, "medium", false, Box | Paint, true, BorderWidths, nonNegative: true);
    public static readonly CssProperty BorderBottomWidth = Define("border-bottom-width", Length, "medium", false, Box | Paint, true, BorderWidths, nonNegative: true);
    public static readonly CssProperty BorderLeftWidth = Define("border-left-width", Length, "medium", false, Box | Paint, true, BorderWidths, nonNegative: true);
    public static readonly CssProperty BorderTopStyle = Define("border-top-style", Keyword, "none", false, Box | Paint, false, BorderStyles);
    public static readonly CssProperty BorderRightStyle = Define("border-right-style", Keyword, "none", false, Box | Paint, false, BorderStyles);
    public static readonly CssProperty BorderBottomStyle = Define("border-bottom-style", Keyword, "none", false, Box | Paint, false, BorderStyles);
    public static readonly CssProperty BorderLeftStyle = Define("border-left-style", Keyword, "none", false, Box | Paint, false, BorderStyles);
    public static readonly CssProperty BorderTopColor = Define("border-top-color", Color, "currentcolor", false, Paint, true, []);
    public static readonly CssProperty BorderRightColor = Define("border-right-color", Color, "currentcolor", false, Paint, true, []);
    public static readonly CssProperty BorderBottomColor = Define("border-bottom-color", Color, "currentcolor", false, Paint, true, []);
    public static readonly CssProperty BorderLeftColor = Define("border-left-color", Color, "currentcolor", false, Paint, true, []);
    public static readonly CssProperty BorderTopLeftRadius = Define("border-top-left-radius", CornerRadius, "0", false, Paint, true, [], nonNegative: true);
    public static readonly CssProperty BorderTopRightRadius = Define("border-top-right-radius", CornerRadius, "0", false, Paint, true, [], nonNegative: true);
    public static readonly CssProperty BorderBottomRightRadius = Define("border-bottom-right-radius", CornerRadius, "0", false, Paint, true, [], nonNegative: true);
    public static readonly CssProperty BorderBottomLeftRadius = Define("border-bottom-left-radius", CornerRadius, "0", false, Paint, true, [], nonNegative: true);

    public static readonly CssProperty FlexDirection = Define("flex-direction", Keyword, "row", false, Box, false, ["row", "row-reverse", "column", "column-reverse"]);
    public static readonly CssProperty FlexWrap = Define("flex-wrap", Keyword, "nowrap", false, Box, false, ["nowrap", "wrap", "wrap-reverse"]);
    public static readonly CssProperty FlexGrow = Define("flex-grow", Number, "0", false, Box, true, [], nonNegative: true);
    public static readonly CssProperty FlexShrink = Define("flex-shrink", Number, "1", false, Box, true, [], nonNegative: true);
    public static readonly CssProperty FlexBasis = Define("flex-basis", LengthPercentage, "auto", false, Box, true, ["auto", "content"], nonNegative: true);
    public static readonly CssProperty JustifyContent = Define("justify-content", Keyword, "normal", false, Box, false,
        ["normal", "flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly", "start", "end", "left", "right", "stretch"]);

    public static readonly CssProperty AlignItems = Define("align-items", Keyword, "normal", false, Box, false,
        ["normal", "stretch", "flex-start", "flex-end", "center", "baseline", "start", "end", "self-start", "self-end"]);

    public static readonly CssProperty AlignSelf = Define("align-self", Keyword, "auto", false, Box, false,
        ["auto", "normal", "stretch", "flex-start", "flex-end", "center", "baseline", "start", "end", "self-start", "self-end"]);

    public static readonly CssProperty AlignContent = Define("align-content", Keyword, "normal", false, Box, false,
        ["normal", "stretch", "flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly", "start", "end", "baseline"]);

    public static readonly CssProperty RowGap = Define("row-gap", LengthPercentage, "normal", false, Box, true, ["normal"], nonNegative: true);
    public static readonly CssProperty ColumnGap = Define("column-gap", LengthPercentage, "normal", false, Box, true, ["normal"], nonNegative: true);
    public static readonly CssProperty Order = Define("order", Integer, "0", false, Box, true, []);
    public static readonly CssProperty AspectRatio = Define("aspect-ratio", Ratio, "auto", false, Box, true, Auto);
    public static readonly CssProperty OverflowX = Define("overflow-x", Keyword, "visible", false, Box | Paint, false, Overflow);
    public static readonly CssProperty OverflowY = Define("overflow-y", Keyword, "visible", false, Box | Paint, false, Overflow);

    public static readonly CssProperty Visibility = Define("visibility", Keyword, "visible", true, Paint, false, ["visible", "hidden", "collapse"]);
    public static readonly CssProperty Opacity = Define("opacity", AlphaValue, "1", false, Paint, true, []);
    public static readonly CssProperty ColorProperty = Define("color", Color, "canvastext", true, Paint, true, []);
    public static readonly CssProperty BackgroundColor = Define("background-color", Color, "transparent", false, Paint, true, []);
    public static readonly CssProperty BackgroundImage = Define("background-image", Raw, "none", false, Paint, false, ["none"]);
    public static readonly CssProperty BackgroundSize = Define("background-size", Raw, "auto", false, Paint, true, []);
    public static readonly CssProperty BackgroundPosition = Define("background-position", Raw, "0% 0%", false, Paint, true, []);
    public static readonly CssProperty BackgroundRepeat = Define("background-repeat", Raw, "repeat", false, Paint, false, []);
    public static readonly CssProperty BoxShadow = Define("box-shadow", Raw, "none", false, Paint, true, ["none"]);
    public static readonly CssProperty Transform = Define("transform", Raw, "none", false, Paint, true, ["none"]);
    public static readonly CssProperty TransformOrigin = Define("transform-origin", Raw, "50% 50%", false, Paint, true, []);

    public static readonly CssProperty FontFamily = Define("font-family", Raw, "sans-serif", true, Box | Paint, false, []);
    public static readonly CssProperty FontSize = Define("font-size", ValueGrammar.FontSize, "medium", true, Box | Paint, true,
        ["xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large", "smaller", "larger"], nonNegative: true);

    public static readonly CssProperty FontWeight = Define("font-weight", ValueGrammar.FontWeight, "normal", true, Box | Paint, true, ["normal", "bold", "bolder", "lighter"]);
    public static readonly CssProperty FontStyle = Define("font-style", Keyword, "normal", true, Box | Paint, false, ["normal", "italic", "oblique"]);
    public static readonly CssProperty LineHeight = Define("line-height", ValueGrammar.LineHeight, "normal", true, Box, true, ["normal"], nonNegative: true);
    public static readonly CssProperty LetterSpacing = Define("letter-spacing", Length, "normal", true, Box, true, ["normal"]);
    public static readonly CssProperty TextAlign = Define("text-align", Keyword, "start", true, Box, false, ["start", "end", "left", "right", "center", "justify", "match-parent", "-webkit-center"]);
    public static readonly CssProperty TextDecorationLine = Define("text-decoration-line", Raw, "none", false, Paint, false, ["none"]);
    public static readonly CssProperty TextDecorationStyle = Define("text-decoration-style", Keyword, "solid", false, Paint, false, ["solid", "double", "dotted", "dashed", "wavy"]);
    public static readonly CssProperty TextDecorationColor = Define("text-decoration-color", Color, "currentcolor", false, Paint, true, []);
    public static readonly CssProperty TextOverflow = Define("text-overflow", Keyword, "clip", false, Paint, false, ["clip", "ellipsis"]);
    public static readonly CssProperty WhiteSpace = Define("white-space", Keyword, "normal", true, Box, false, ["normal", "pre", "nowrap", "pre-wrap", "pre-line", "break-spaces"]);
    public static readonly CssProperty WordBreak = Define("word-break", Keyword, "normal", true, Box, false, ["normal", "break-all", "keep-all", "break-word"]);
    public static readonly CssProperty OverflowWrap = Define("overflow-wrap", Keyword, "normal", true, Box, false, ["normal", "break-word", "anywhere"]);
    public static readonly CssProperty VerticalAlign = Define("vertical-align", LengthPercentage, "baseline", false, Box, true,
        ["baseline", "sub", "super", "text-top", "text-bottom", "middle", "top", "bottom"]);

    public static readonly CssProperty LineClamp = Define("-webkit-line-clamp", Integer, "none", false, Box, false, ["none"]);
    public static readonly CssProperty BoxOrient = Define("-webkit-box-orient", Keyword, "horizontal", false, Box, false, ["horizontal", "vertical", "inline-axis", "block-axis"]);

    public static readonly CssProperty TransitionProperty = Define("transition-property", Raw, "all", false, None, false, []);
    public static readonly CssProperty TransitionDuration = Define("transition-duration", TimeList, "0s", false, None, false, []);
    public static readonly CssProperty TransitionTimingFunction = Define("transition-timing-function", Raw, "ease", false, None, false, []);
    public static readonly CssProperty TransitionDelay = Define("transition-delay", TimeList, "0s", false, None, false, []);
    public static readonly CssProperty AnimationName = Define("animation-name", Raw, "none", false, None, false, ["none"]);
    public static readonly CssProperty AnimationDuration = Define("animation-duration", TimeList, "0s", false, None, false, []);
    public static readonly CssProperty AnimationTimingFunction = Define("animation-timing-function", Raw, "ease", false, None, false, []);
    public static readonly CssProperty AnimationDelay = Define("animation-delay", TimeList, "0s", false, None, false, []);
    public static readonly CssProperty AnimationIterationCount = Define("animation-iteration-count", Raw, "1", false, None, false, []);
    public static readonly CssProperty AnimationDirection = Define("animation-direction", Raw, "normal", false, None, false, []);
    public static readonly CssProperty AnimationFillMode = Define("animation-fill-mode", Raw, "none", false, None, false, []);
    public static readonly CssProperty AnimationPlayState = Define("animation-play-state", Raw, "running", false, None, false, []);

    public static readonly CssProperty PointerEvents = Define("pointer-events", Keyword, "auto", true, None, false, ["auto", "none"]);
    public static readonly CssProperty Content = Define("content", Raw, "normal", false, Box | Paint, false, ["normal", "none"]);
    public static readonly CssProperty BackgroundOrigin = Define("background-origin", Raw, "padding-box", false, Paint, false, []);
    public static readonly CssProperty BackgroundClip = Define("background-clip", Raw, "border-box", false, Paint, false, []);

    /// <summary>Every longhand, in id order (a span, so iterating it never allocates).</summary>
    public static ReadOnlySpan<CssProperty> All => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Rows);

    public static int Count => Rows.Count;

    public static CssProperty? Find(string name) => ByName.GetValueOrDefault(name);

    public static CssProperty Get(int id) => Rows[id];

    private static CssProperty Define(string name, ValueGrammar grammar, string initial, bool inherited, PropertyEffects effects, bool animatable, string[] keywords, bool nonNegative = false)
    {
        var p = new CssProperty(Rows.Count, name, grammar, initial, inherited, effects, animatable, keywords, nonNegative);
        Rows.Add(p);
        ByName.Add(name, p);
        return p;
    }
}
