using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Layout;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// A box's own painting (css-backgrounds-3): outer shadows, background color, background images,
/// inset shadows, borders — then, for the image component, its picture. Box edges come from the
/// pixel-snapped border box; border widths are snapped to device pixels as Chromium does.
/// </summary>
public sealed partial class Painter
{
    private readonly ShadowSpec[] _shadows = new ShadowSpec[ShadowParser.MaxShadows];

    private void PaintBox<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        var flags = _flags[node];
        if ((flags & PaintFlags.TextNode) != 0)
        {
            return;
        }

        var rect = _rect[node];
        ref readonly var box = ref tree.BoxEdges(node);
        var isRoot = node == _root;
        if (!isRoot && !OnTarget(Inflate(rect, _reach[node])))
        {
            _statCulled++;
            return;
        }

        var shadowCount = 0;
        if (Style(CssProperties.BoxShadow, node) is { Kind: CssValueKind.Raw, Text: { } shadows }
            && !ShadowParser.TryParse(shadows, LengthsFor(node), _colors, _shadows, out shadowCount))
        {
            shadowCount = 0;
        }

        var widths = BorderWidthsOf(box);
        var radii = RadiiOf(node, rect);
        var background = Style(CssProperties.BackgroundColor, node).Color;
        var currentColor = Style(CssProperties.ColorProperty, node).Color;
        var image = Style(CssProperties.BackgroundImage, node);
        var hasImages = image.Kind == CssValueKind.Raw && image.Text is not null;
        var hasInset = false;

        // css-backgrounds-3 §7.1: the first shadow is on top, so they are painted last to first.
        for (var i = shadowCount - 1; i >= 0; i--)
        {
            ref readonly var s = ref _shadows[i];
            hasInset |= s.Inset;
            if (!s.Inset && !rect.IsEmpty)
            {
                AddShadow(s, rect, radii, currentColor, background.A == 255);
            }
        }

        var border = BorderQuad(node, rect, widths, radii);
        if (isRoot)
        {
            // css-backgrounds-3 §2.11.2: the root's background color paints the whole canvas.
            if (!background.IsTransparent)
            {
                _builder.AddQuad(Quad.Fill(CanvasRect(rect), background));
            }

            background = Color.Transparent;
        }

        if (rect.IsEmpty)
        {
            return;
        }

        // css-backgrounds-3 §3.7: the color is clipped as the bottom layer is.
        var colorClip = LayerBox(CssProperties.BackgroundClip, node, hasImages ? BackgroundParser.CountItems(image.Text!) - 1 : 0, rect, widths, box, radii);
        var clipped = colorClip.Rect != rect;
        if (!hasImages && !hasInset && !clipped)
        {
            // The common case: background and border in one instance.
            if (!background.IsTransparent || !border.BorderWidths.IsZero)
            {
                border.Background = background;
                _builder.AddQuad(border);
            }
        }
        else
        {
            if (!background.IsTransparent && !colorClip.Rect.IsEmpty)
            {
                _builder.AddQuad(Quad.Fill(colorClip.Rect, background, colorClip.Radii));
            }

            if (hasImages)
            {
                PaintBackgroundImages(node, image.Text!, rect, widths, box, radii);
            }

            if (hasInset)
            {
                var padding = Deflate(rect, widths);
                var inner = InnerRadii(radii, widths);
                for (var i = shadowCount - 1; i >= 0; i--)
                {
                    ref readonly var s = ref _shadows[i];
                    if (s.Inset && !padding.IsEmpty)
                    {
                        AddShadow(s, padding, inner, currentColor);
                    }
                }
            }

            if (!border.BorderWidths.IsZero)
            {
                _builder.AddQuad(border);
            }
        }

        if ((flags & PaintFlags.Image) != 0)
        {
            PaintImageContent(node, rect, widths, box, radii);
        }
    }

    private void AddShadow(in ShadowSpec s, Rect box, CornerRadii radii, Color currentColor, bool opaqueBox = false)
    {
        var color = s.IsCurrentColor ? currentColor : s.Color;
        if (!color.IsTransparent)
        {
            var shadow = Shadow.Create(box, radii, s.Offset, s.Blur, s.Spread, color, s.Inset);
            // Blink's ClipToBorderEdge (box_painter_base.cc): under an opaque background the clip-out is
            // inset by one (device) pixel, so no gap opens along the box's anti-aliased edge.
            shadow.Flags |= opaqueBox ? ShadowFlags.OpaqueBox : ShadowFlags.None;
            _builder.AddShadow(shadow);
        }
    }

    /// <summary>How far the outer shadows can paint beyond the border box (for culling).</summary>
    private float ShadowReach(int count)
    {
        var reach = 0f;
        for (var i = 0; i < count; i++)
        {
            ref readonly var s = ref _shadows[i];
            if (!s.Inset)
            {
                reach = Math.Max(reach, Math.Max(Math.Abs(s.Offset.X), Math.Abs(s.Offset.Y)) + s.Spread + (1.5f * s.Blur));
            }
        }

        return reach;
    }

    /// <summary>The root background's area: its border box joined with the visible viewport (the canvas, as far as anyone can see it).</summary>
    private Rect CanvasRect(Rect rootRect)
    {
        var viewport = new Rect(_context.Scroll.X, _context.Scroll.Y, _context.Viewport.Width, _context.Viewport.Height);
        return rootRect.Union(viewport);
    }

    /// <summary>The border as a quad (transparent background): per-side widths, colors and styles, corner radii.</summary>
    private Quad BorderQuad(int node, Rect rect, BorderWidths widths, CornerRadii radii)
    {
        var quad = Quad.Fill(rect, Color.Transparent, radii);
        if (widths.IsZero)
        {
            return quad;
        }

        quad.BorderWidths = widths;
        quad.BorderTop = Style(CssProperties.BorderTopColor, node).Color;
        quad.BorderRight = Style(CssProperties.BorderRightColor, node).Color;
        quad.BorderBottom = Style(CssProperties.BorderBottomColor, node).Color;
        quad.BorderLeft = Style(CssProperties.BorderLeftColor, node).Color;
        quad.BorderStyles = new BorderStyles(
            BorderStyleOf(Style(CssProperties.BorderTopStyle, node)),
            BorderStyleOf(Style(CssProperties.BorderRightStyle, node)),
            BorderStyleOf(Style(CssProperties.BorderBottomStyle, node)),
            BorderStyleOf(Style(CssProperties.BorderLeftStyle, node)));
        return quad;
    }

    /// <summary>Styles the renderer draws; double, groove, ridge, inset and outset fall back to solid (Scene's BorderStyle).</summary>
    private static BorderStyle BorderStyleOf(CssValue style) => style.Text switch
    {
        "dashed" => BorderStyle.Dashed,
        "dotted" => BorderStyle.Dotted,
        _ => BorderStyle.Solid,
    };

    /// <summary>
    /// Layout's used border widths (0 where the style is none or hidden: the Css stage zeroes them),
    /// snapped as Chromium snaps border widths: under one device pixel becomes one, else floor to
    /// whole device pixels.
    /// </summary>
    private BorderWidths BorderWidthsOf(in LayoutEdges box) =>
        new(SnapWidth(box.BorderTop), SnapWidth(box.BorderRight), SnapWidth(box.BorderBottom), SnapWidth(box.BorderLeft));

    private float SnapWidth(float width)
    {
        if (!(width > 0))
        {
            return 0;
        }

        var dpr = _context.DevicePixelRatio;
        var device = width * dpr;
        return device < 1 ? 1 / dpr : MathF.Floor(device + 1e-3f) / dpr;
    }

    private CornerRadii RadiiOf(int node, Rect rect) => BoxGeometry.Radii(_styles, node, rect);

    private static CornerRadii InnerRadii(CornerRadii r, BorderWidths w) => BoxGeometry.InnerRadii(r, w);

    /// <summary>Clips what follows to the node's padding box (rounded by its inner radii), on the axes its overflow clips.</summary>
    private void PushOverflowClip<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        var rect = _rect[node];
        var widths = BorderWidthsOf(tree.BoxEdges(node));
        var padding = Deflate(rect, widths);
        var flags = _flags[node];
        if ((flags & PaintFlags.ClipXOnly) != 0)
        {
            padding = new Rect(padding.X, -ClipMask.Unbounded, padding.Width, 2 * ClipMask.Unbounded);
        }
        else if ((flags & PaintFlags.ClipYOnly) != 0)
        {
            padding = new Rect(-ClipMask.Unbounded, padding.Y, 2 * ClipMask.Unbounded, padding.Height);
        }

        var radii = (flags & (PaintFlags.ClipXOnly | PaintFlags.ClipYOnly)) != 0 ? default : InnerRadii(RadiiOf(node, rect), widths);
        if (radii.IsZero)
        {
            _builder.PushClip(padding);
        }
        else
        {
            _builder.PushRoundedClip(padding, radii);
        }
    }

    private static Rect Deflate(Rect r, BorderWidths w) => BoxGeometry.Deflate(r, w);

    private static Rect Inflate(Rect r, float d) => d <= 0 ? r : new Rect(r.X - d, r.Y - d, r.Width + (2 * d), r.Height + (2 * d));
}
