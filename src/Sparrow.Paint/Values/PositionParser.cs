using System;

namespace Sparrow.Paint;

/// <summary>A resolved <c>&lt;position&gt;</c>: offsets of a point from the left and top edges of a basis box.</summary>
internal readonly record struct PositionValue(LengthPercentage X, LengthPercentage Y)
{
    public static PositionValue Center => new(LengthPercentage.OfPercent(50), LengthPercentage.OfPercent(50));

    public static PositionValue TopLeft => default;
}

/// <summary>
/// <c>&lt;position&gt;</c> (CSS Values 4 §9.1; css-backgrounds-3 §3.6 <c>&lt;bg-position&gt;</c>): one to four
/// components, keywords in either order, keyword + offset pairs (<c>right 10px bottom 20%</c>). Used by
/// background-position, radial gradients' <c>at</c> and transform-origin.
/// </summary>
internal static class PositionParser
{
    private enum Edge : byte
    {
        None,
        Left,
        Center,
        Right,
        Top,
        Bottom,
    }

    /// <summary>
    /// Reads a position. <paramref name="maxComponents"/> is 4 for background positions and 2 for
    /// transform-origin (whose third value is a z offset the caller may skip).
    /// </summary>
    public static bool TryRead(ref ValueReader reader, in LengthContext context, int maxComponents, out PositionValue position)
    {
        var save = reader.Position;
        Span<Edge> edges = stackalloc Edge[4];
        Span<LengthPercentage> values = stackalloc LengthPercentage[4];
        var n = 0;
        while (n < maxComponents && !reader.AtSeparator())
        {
            var kw = ReadEdge(ref reader);
            if (kw != Edge.None)
            {
                edges[n] = kw;
                values[n] = default;
            }
            else if (Lengths.TryLengthPercentage(ref reader, context, out var lp))
            {
                edges[n] = Edge.None;
                values[n] = lp;
            }
            else
            {
                break;
            }

            n++;
        }

        if (n > 0 && Assign(edges[..n], values[..n], out position))
        {
            return true;
        }

        reader.Reset(save);
        position = PositionValue.Center;
        return false;
    }

    private static bool Assign(ReadOnlySpan<Edge> edges, ReadOnlySpan<LengthPercentage> values, out PositionValue position)
    {
        position = PositionValue.Center;
        switch (edges.Length)
        {
            case 1:
                position = edges[0] switch
                {
                    Edge.Top or Edge.Bottom => new PositionValue(LengthPercentage.OfPercent(50), At(edges[0], default)),
                    Edge.None => new PositionValue(values[0], LengthPercentage.OfPercent(50)),
                    _ => new PositionValue(At(edges[0], default), LengthPercentage.OfPercent(50)),
                };
                return true;
            case 2:
            {
                // Two keywords may come in either order ("top left"); otherwise x comes first.
                var swap = edges[0] != Edge.None && edges[1] != Edge.None && (edges[0] is Edge.Top or Edge.Bottom || edges[1] is Edge.Left or Edge.Right);
                var (xe, xv, ye, yv) = swap ? (edges[1], values[1], edges[0], values[0]) : (edges[0], values[0], edges[1], values[1]);
                if (xe is Edge.Top or Edge.Bottom || ye is Edge.Left or Edge.Right)
                {
                    return false;
                }

                position = new PositionValue(xe == Edge.None ? xv : At(xe, default), ye == Edge.None ? yv : At(ye, default));
                return true;
            }

            default:
                return AssignPairs(edges, values, out position);
        }
    }

    /// <summary>Three or four components: each keyword optionally followed by its offset.</summary>
    private static bool AssignPairs(ReadOnlySpan<Edge> edges, ReadOnlySpan<LengthPercentage> values, out PositionValue position)
    {
        position = PositionValue.Center;
        LengthPercentage? x = null, y = null;
        for (var i = 0; i < edges.Length; i++)
        {
            var edge = edges[i];
            if (edge == Edge.None)
            {
                return false;
            }

            var offset = LengthPercentage.Zero;
            if (i + 1 < edges.Length && edges[i + 1] == Edge.None)
            {
                if (edge == Edge.Center)
                {
                    return false;
                }

                offset = values[++i];
            }

            var isY = edge is Edge.Top or Edge.Bottom || (edge == Edge.Center && x is not null);
            if (isY ? y is not null : x is not null)
            {
                return false;
            }

            if (isY)
            {
                y = At(edge, offset);
            }
            else
            {
                x = At(edge, offset);
            }
        }

        position = new PositionValue(x ?? LengthPercentage.OfPercent(50), y ?? LengthPercentage.OfPercent(50));
        return true;
    }

    private static LengthPercentage At(Edge edge, LengthPercentage offset) => edge switch
    {
        Edge.Left or Edge.Top => offset,
        Edge.Right or Edge.Bottom => offset.FromFarEdge(),
        _ => LengthPercentage.OfPercent(50),
    };

    private static Edge ReadEdge(ref ValueReader reader)
    {
        var save = reader.Position;
        if (!reader.TryIdent(out var ident))
        {
            return Edge.None;
        }

        if (ident.Equals("left", StringComparison.OrdinalIgnoreCase))
        {
            return Edge.Left;
        }

        if (ident.Equals("center", StringComparison.OrdinalIgnoreCase))
        {
            return Edge.Center;
        }

        if (ident.Equals("right", StringComparison.OrdinalIgnoreCase))
        {
            return Edge.Right;
        }

        if (ident.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return Edge.Top;
        }

        if (ident.Equals("bottom", StringComparison.OrdinalIgnoreCase))
        {
            return Edge.Bottom;
        }

        reader.Reset(save);
        return Edge.None;
    }
}
