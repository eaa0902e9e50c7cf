using System;
using Sparrow.Core;

namespace Sparrow.Paint;

/// <summary>One parsed box-shadow.</summary>
internal struct ShadowSpec
{
    public Point Offset;
    public float Blur;
    public float Spread;
    public Color Color;
    public bool IsCurrentColor;
    public bool Inset;
}

/// <summary>
/// <c>box-shadow</c> (css-backgrounds-3 §7.1): a comma-separated list of
/// <c>inset? &amp;&amp; &lt;length&gt;{2,4} &amp;&amp; &lt;color&gt;?</c>, the color defaulting to currentcolor. A malformed
/// list returns false (no shadows); a negative blur is malformed.
/// </summary>
internal static class ShadowParser
{
    public const int MaxShadows = 16;

    public static bool TryParse(ReadOnlySpan<char> text, in LengthContext context, ColorResolver colors, Span<ShadowSpec> output, out int count)
    {
        count = 0;
        var reader = new ValueReader(text);
        if (reader.TryKeyword("none") && reader.AtEnd)
        {
            return true;
        }

        reader.Reset(0);
        do
        {
            if (count >= output.Length || !TryOne(ref reader, context, colors, out output[count]))
            {
                count = 0;
                return false;
            }

            count++;
        }
        while (reader.TryComma());

        if (!reader.AtEnd)
        {
            count = 0;
            return false;
        }

        return true;
    }

    private static bool TryOne(ref ValueReader reader, in LengthContext context, ColorResolver colors, out ShadowSpec shadow)
    {
        shadow = new ShadowSpec { IsCurrentColor = true };
        var sawInset = false;
        var sawColor = false;
        var lengths = 0;
        Span<float> values = stackalloc float[4];
        while (!reader.AtSeparator())
        {
            if (!sawInset && reader.TryKeyword("inset"))
            {
                sawInset = shadow.Inset = true;
            }
            else if (lengths == 0 && Lengths.TryLength(ref reader, context, out values[0]))
            {
                lengths = 1;
                while (lengths < 4 && Lengths.TryLength(ref reader, context, out values[lengths]))
                {
                    lengths++;
                }

                if (lengths < 2)
                {
                    return false;
                }
            }
            else if (!sawColor && colors.TryRead(ref reader, out var color, out var current))
            {
                sawColor = true;
                shadow.Color = color;
                shadow.IsCurrentColor = current;
            }
            else
            {
                return false;
            }
        }

        if (lengths < 2 || (lengths > 2 && values[2] < 0))
        {
            return false;
        }

        shadow.Offset = new Point(values[0], values[1]);
        shadow.Blur = lengths > 2 ? values[2] : 0;
        shadow.Spread = lengths > 3 ? values[3] : 0;
        return true;
    }
}
