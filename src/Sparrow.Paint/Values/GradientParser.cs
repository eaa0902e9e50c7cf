using System;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>How a radial gradient's ending shape is sized (css-images-3 §3.2.2 <c>&lt;radial-size&gt;</c>).</summary>
internal enum RadialExtent : byte
{
    FarthestCorner,
    ClosestSide,
    ClosestCorner,
    FarthestSide,

    /// <summary>Explicit radii (<see cref="GradientSpec.RadiusX"/>, <see cref="GradientSpec.RadiusY"/>).</summary>
    Explicit,
}

/// <summary>A parsed gradient, before it meets a box: the stops go to a caller-supplied span.</summary>
internal struct GradientSpec
{
    public GradientKind Kind;
    public bool Repeating;

    /// <summary>Linear: the direction as an angle (radians, clockwise from "to top"), when given as one.</summary>
    public bool HasAngle;
    public float Angle;

    /// <summary>Linear <c>to &lt;side-or-corner&gt;</c>: −1 left/top, +1 right/bottom, 0 neither.</summary>
    public sbyte ToX;
    public sbyte ToY;

    public bool Circle;
    public RadialExtent Extent;
    public LengthPercentage RadiusX;
    public LengthPercentage RadiusY;
    public PositionValue Center;

    public int StopCount;
}

/// <summary>One color stop (or, with <see cref="IsHint"/>, an interpolation hint) as written.</summary>
internal struct StopSpec
{
    public Color Color;
    public bool IsCurrentColor;
    public bool HasPosition;
    public LengthPercentage Position;
    public bool IsHint;
}

/// <summary>
/// <c>linear-gradient()</c>, <c>radial-gradient()</c>, their <c>repeating-</c> forms and the legacy
/// <c>-webkit-</c> syntax (direction names the start side, angles count counter-clockwise from east),
/// per css-images-3 §3. Malformed text returns false and paints nothing; it never throws.
/// </summary>
internal static class GradientParser
{
    public const int MaxStops = 32;

    public static bool TryParse(ReadOnlySpan<char> text, in LengthContext context, ColorResolver colors, Span<StopSpec> stops, out GradientSpec spec)
    {
        spec = default;
        var reader = new ValueReader(text);
        if (!reader.TryFunction(out var name))
        {
            return false;
        }

        var legacy = name.StartsWith("-webkit-", StringComparison.OrdinalIgnoreCase);
        if (legacy)
        {
            name = name[8..];
        }

        spec.Repeating = name.StartsWith("repeating-", StringComparison.OrdinalIgnoreCase);
        if (spec.Repeating)
        {
            name = name[10..];
        }

        bool ok;
        if (name.Equals("linear-gradient", StringComparison.OrdinalIgnoreCase))
        {
            spec.Kind = GradientKind.Linear;
            ok = TryLinearPrelude(ref reader, legacy, ref spec);
        }
        else if (name.Equals("radial-gradient", StringComparison.OrdinalIgnoreCase))
        {
            spec.Kind = GradientKind.Radial;
            ok = legacy ? TryLegacyRadialPrelude(ref reader, context, ref spec) : TryRadialPrelude(ref reader, context, ref spec);
        }
        else
        {
            return false;
        }

        return ok && TryStops(ref reader, context, colors, stops, ref spec) && reader.TryClose() && reader.AtEnd;
    }

    /// <summary>[ &lt;angle&gt; | to &lt;side-or-corner&gt; ] ',' — or nothing (to bottom).</summary>
    private static bool TryLinearPrelude(ref ValueReader reader, bool legacy, ref GradientSpec spec)
    {
        if (Lengths.TryAngle(ref reader, out var angle))
        {
            // Legacy angles run counter-clockwise from east: 0deg points right (css-images-3 Appendix A).
            spec.HasAngle = true;
            spec.Angle = legacy ? (MathF.PI / 2) - angle : angle;
            return reader.TryComma();
        }

        var save = reader.Position;
        if (!legacy && !reader.TryKeyword("to"))
        {
            spec.HasAngle = true;
            spec.Angle = MathF.PI;
            return true;
        }

        sbyte x = 0, y = 0;
        for (var i = 0; i < 2 && reader.TryIdent(out var side); i++)
        {
            if (side.Equals("left", StringComparison.OrdinalIgnoreCase) && x == 0)
            {
                x = -1;
            }
            else if (side.Equals("right", StringComparison.OrdinalIgnoreCase) && x == 0)
            {
                x = 1;
            }
            else if (side.Equals("top", StringComparison.OrdinalIgnoreCase) && y == 0)
            {
                y = -1;
            }
            else if (side.Equals("bottom", StringComparison.OrdinalIgnoreCase) && y == 0)
            {
                y = 1;
            }
            else if (legacy && i == 0)
            {
                // Not a side: the first argument is a color stop, and the direction is the default.
                reader.Reset(save);
                spec.HasAngle = true;
                spec.Angle = MathF.PI;
                return true;
            }
            else
            {
                return false;
            }
        }

        if (x == 0 && y == 0)
        {
            if (!legacy)
            {
                return false;
            }

            spec.HasAngle = true;
            spec.Angle = MathF.PI;
            return true;
        }

        // The legacy syntax names where the gradient starts; "to" names where it ends.
        spec.ToX = legacy ? (sbyte)-x : x;
        spec.ToY = legacy ? (sbyte)-y : y;
        return reader.TryComma();
    }

    /// <summary>[ &lt;ending-shape&gt; || &lt;radial-size&gt; ]? [ at &lt;position&gt; ]? ',' (css-images-3 §3.2.1).</summary>
    private static bool TryRadialPrelude(ref ValueReader reader, in LengthContext context, ref GradientSpec spec)
    {
        spec.Center = PositionValue.Center;
        spec.Extent = RadialExtent.FarthestCorner;
        var sawShape = false;
        var sawSize = false;
        var sawAny = false;
        var lengths = 0;
        while (!reader.AtSeparator())
        {
            if (reader.TryKeyword("at"))
            {
                if (!PositionParser.TryRead(ref reader, context, 4, out spec.Center))
                {
                    return false;
                }

                sawAny = true;
                break;
            }

            if (!sawShape && reader.TryKeyword("circle"))
            {
                spec.Circle = sawShape = sawAny = true;
            }
            else if (!sawShape && reader.TryKeyword("ellipse"))
            {
                sawShape = sawAny = true;
            }
            else if (!sawSize && TryExtentKeyword(ref reader, out var extent))
            {
                spec.Extent = extent;
                sawSize = sawAny = true;
            }
            else if ((!sawSize || lengths == 1) && lengths < 2 && Lengths.TryLengthPercentage(ref reader, context, out var lp))
            {
                if (lengths == 0)
                {
                    spec.RadiusX = spec.RadiusY = lp;
                }
                else
                {
                    spec.RadiusY = lp;
                }

                lengths++;
                spec.Extent = RadialExtent.Explicit;
                sawSize = sawAny = true;
            }
            else
            {
                // Not a prelude: the first argument is already a color stop.
                if (sawAny)
                {
                    return false;
                }

                return true;
            }
        }

        // A single length means a circle; two mean an ellipse (a circle may not take percentages).
        if (lengths == 1)
        {
            if ((sawShape && !spec.Circle) || spec.RadiusX.HasPercent)
            {
                return false;
            }

            spec.Circle = true;
        }
        else if (lengths == 2 && spec.Circle)
        {
            return false;
        }

        return !sawAny || reader.TryComma();
    }

    /// <summary>-webkit-radial-gradient([&lt;position&gt;,]? [&lt;shape&gt; || &lt;size keyword&gt;,]? stops): contain = closest-side, cover = farthest-corner.</summary>
    private static bool TryLegacyRadialPrelude(ref ValueReader reader, in LengthContext context, ref GradientSpec spec)
    {
        spec.Center = PositionValue.Center;
        spec.Extent = RadialExtent.FarthestCorner;
        var save = reader.Position;
        if (PositionParser.TryRead(ref reader, context, 2, out var center) && reader.TryComma())
        {
            spec.Center = center;
        }
        else
        {
            reader.Reset(save);
        }

        save = reader.Position;
        var any = false;
        while (!reader.AtSeparator())
        {
            if (reader.TryKeyword("circle"))
            {
                spec.Circle = any = true;
            }
            else if (reader.TryKeyword("ellipse"))
            {
                any = true;
            }
            else if (reader.TryKeyword("contain"))
            {
                spec.Extent = RadialExtent.ClosestSide;
                any = true;
            }
            else if (reader.TryKeyword("cover"))
            {
                spec.Extent = RadialExtent.FarthestCorner;
                any = true;
            }
            else if (TryExtentKeyword(ref reader, out var extent))
            {
                spec.Extent = extent;
                any = true;
            }
            else
            {
                reader.Reset(save);
                return true;
            }
        }

        return !any || reader.TryComma();
    }

    private static bool TryExtentKeyword(ref ValueReader reader, out RadialExtent extent)
    {
        extent = reader.TryKeyword("closest-side") ? RadialExtent.ClosestSide
            : reader.TryKeyword("closest-corner") ? RadialExtent.ClosestCorner
            : reader.TryKeyword("farthest-side") ? RadialExtent.FarthestSide
            : reader.TryKeyword("farthest-corner") ? RadialExtent.FarthestCorner
            : (RadialExtent)255;
        return extent != (RadialExtent)255;
    }

    /// <summary>
    /// &lt;color-stop-list&gt; (css-images-4 §3.4): stops of a color and zero to two positions, with
    /// optional hints (a lone position) between them. At least two stops.
    /// </summary>
    private static bool TryStops(ref ValueReader reader, in LengthContext context, ColorResolver colors, Span<StopSpec> stops, ref GradientSpec spec)
    {
        var n = 0;
        var colorStops = 0;
        var lastWasHint = true;
        do
        {
            if (colors.TryRead(ref reader, out var color, out var current))
            {
                if (n >= stops.Length)
                {
                    return false;
                }

                stops[n++] = new StopSpec { Color = color, IsCurrentColor = current };
                colorStops++;
                for (var p = 0; p < 2 && Lengths.TryLengthPercentage(ref reader, context, out var position); p++)
                {
                    if (p == 1)
                    {
                        // A second position is a second stop of the same color (css-images-4 §3.4).
                        if (n >= stops.Length)
                        {
                            return false;
                        }

                        stops[n] = stops[n - 1];
                        n++;
                    }

                    stops[n - 1].HasPosition = true;
                    stops[n - 1].Position = position;
                }

                lastWasHint = false;
            }
            else if (!lastWasHint && Lengths.TryLengthPercentage(ref reader, context, out var hint) && reader.AtSeparator())
            {
                if (n >= stops.Length)
                {
                    return false;
                }

                stops[n++] = new StopSpec { HasPosition = true, Position = hint, IsHint = true };
                lastWasHint = true;
            }
            else
            {
                return false;
            }
        }
        while (reader.TryComma());

        spec.StopCount = n;
        return colorStops >= 2 && !lastWasHint;
    }
}
