using System;
using System.Numerics;
using Sparrow.Core;

namespace Sparrow.Paint;

/// <summary>
/// <c>transform</c> (css-transforms-1 §13) as one 2D matrix, and <c>transform-origin</c>. Percentages
/// in translations are of the border box (the reference box). 3D functions are flattened as an
/// orthographic view would show them: rotateX/rotateY scale by the cosine, translateZ and
/// perspective do nothing; matrix3d keeps its 2D part. Malformed text returns false (no transform).
/// </summary>
public static class TransformParser
{
    /// <summary>
    /// The matrix in System.Numerics' row-vector convention (points multiply on the left), so the
    /// CSS list <c>f1 f2 … fn</c>, which applies fn first, is <c>Fn × … × F1</c>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, Size box, in LengthContext context, out Matrix3x2 matrix)
    {
        matrix = Matrix3x2.Identity;
        var reader = new ValueReader(text);
        if (reader.TryKeyword("none") && reader.AtEnd)
        {
            return true;
        }

        reader.Reset(0);
        var any = false;
        while (!reader.AtEnd)
        {
            if (!reader.TryFunction(out var name) || !TryFunction(ref reader, name, box, context, out var f))
            {
                matrix = Matrix3x2.Identity;
                return false;
            }

            matrix = f * matrix;
            any = true;
        }

        return any;
    }

    /// <summary>transform-origin as an offset from the border box's top-left (a third, z, value is ignored).</summary>
    public static bool TryParseOrigin(ReadOnlySpan<char> text, Size box, in LengthContext context, out Point origin)
    {
        var reader = new ValueReader(text);
        if (PositionParser.TryRead(ref reader, context, 2, out var p))
        {
            Lengths.TryLength(ref reader, context, out _);
            if (reader.AtEnd)
            {
                origin = new Point(p.X.Resolve(box.Width), p.Y.Resolve(box.Height));
                return true;
            }
        }

        origin = new Point(box.Width / 2, box.Height / 2);
        return false;
    }

    private static bool TryFunction(ref ValueReader reader, ReadOnlySpan<char> name, Size box, in LengthContext context, out Matrix3x2 m)
    {
        m = Matrix3x2.Identity;
        Span<float> a = stackalloc float[16];
        int n;
        switch (Lower(name, stackalloc char[16]))
        {
            case "translate":
                if (!TryTranslateArgs(ref reader, box, context, a, 2, out n))
                {
                    return false;
                }

                m = Matrix3x2.CreateTranslation(a[0], n > 1 ? a[1] : 0);
                return true;
            case "translatex":
                if (!TryTranslateArgs(ref reader, box, context, a, 1, out _))
                {
                    return false;
                }

                m = Matrix3x2.CreateTranslation(a[0], 0);
                return true;
            case "translatey":
                if (!TryTranslateArgs(ref reader, new Size(box.Height, box.Height), context, a, 1, out _))
                {
                    return false;
                }

                m = Matrix3x2.CreateTranslation(0, a[0]);
                return true;
            case "translate3d":
                if (!TryTranslateArgs(ref reader, box, context, a, 3, out n) || n != 3)
                {
                    return false;
                }

                m = Matrix3x2.CreateTranslation(a[0], a[1]);
                return true;
            case "translatez":
                return Lengths.TryLength(ref reader, context, out _) && reader.TryClose();
            case "scale":
                if (!TryNumbers(ref reader, a, 1, 2, percent: true, out n))
                {
                    return false;
                }

                m = Matrix3x2.CreateScale(a[0], n > 1 ? a[1] : a[0]);
                return true;
            case "scalex":
                return TryNumbers(ref reader, a, 1, 1, true, out _) && Set(out m, Matrix3x2.CreateScale(a[0], 1));
            case "scaley":
                return TryNumbers(ref reader, a, 1, 1, true, out _) && Set(out m, Matrix3x2.CreateScale(1, a[0]));
            case "scale3d":
                return TryNumbers(ref reader, a, 3, 3, true, out _) && Set(out m, Matrix3x2.CreateScale(a[0], a[1]));
            case "scalez":
                return TryNumbers(ref reader, a, 1, 1, true, out _);
            case "rotate":
            case "rotatez":
                return TryAngles(ref reader, a, 1, 1, out _) && Set(out m, Matrix3x2.CreateRotation(a[0]));
            case "rotatex":
                return TryAngles(ref reader, a, 1, 1, out _) && Set(out m, Matrix3x2.CreateScale(1, MathF.Cos(a[0])));
            case "rotatey":
                return TryAngles(ref reader, a, 1, 1, out _) && Set(out m, Matrix3x2.CreateScale(MathF.Cos(a[0]), 1));
            case "skew":
                if (!TryAngles(ref reader, a, 1, 2, out n))
                {
                    return false;
                }

                m = Skew(a[0], n > 1 ? a[1] : 0);
                return true;
            case "skewx":
                return TryAngles(ref reader, a, 1, 1, out _) && Set(out m, Skew(a[0], 0));
            case "skewy":
                return TryAngles(ref reader, a, 1, 1, out _) && Set(out m, Skew(0, a[0]));
            case "matrix":
                // matrix(a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f.
                return TryNumbers(ref reader, a, 6, 6, false, out _) && Set(out m, new Matrix3x2(a[0], a[1], a[2], a[3], a[4], a[5]));
            case "matrix3d":
                // Column-major 4×4: the 2D part is m11 m12, m21 m22 and the translation m41 m42.
                return TryNumbers(ref reader, a, 16, 16, false, out _) && Set(out m, new Matrix3x2(a[0], a[1], a[4], a[5], a[12], a[13]));
            case "perspective":
                return Lengths.TryLength(ref reader, context, out _) && reader.TryClose();
            default:
                return false;
        }
    }

    /// <summary>skew(ax, ay) = matrix(1, tan(ay), tan(ax), 1, 0, 0).</summary>
    private static Matrix3x2 Skew(float ax, float ay) => new(1, MathF.Tan(ay), MathF.Tan(ax), 1, 0, 0);

    private static bool Set(out Matrix3x2 m, Matrix3x2 value)
    {
        m = value;
        return true;
    }

    /// <summary>Comma-separated length-percentages (x of the box width, y of its height), then ')'.</summary>
    private static bool TryTranslateArgs(ref ValueReader reader, Size box, in LengthContext context, scoped Span<float> output, int max, out int count)
    {
        count = 0;
        do
        {
            if (count >= max)
            {
                return false;
            }

            // The third (z) argument of translate3d is a length; percentages there are invalid.
            if (count == 2)
            {
                if (!Lengths.TryLength(ref reader, context, out output[count]))
                {
                    return false;
                }
            }
            else if (Lengths.TryLengthPercentage(ref reader, context, out var lp))
            {
                output[count] = lp.Resolve(count == 0 ? box.Width : box.Height);
            }
            else
            {
                return false;
            }

            count++;
        }
        while (reader.TryComma());

        return reader.TryClose();
    }

    private static bool TryNumbers(ref ValueReader reader, scoped Span<float> output, int min, int max, bool percent, out int count)
    {
        count = 0;
        do
        {
            if (count >= max || !(percent ? Lengths.TryNumberOrPercent(ref reader, out output[count]) : Lengths.TryNumber(ref reader, out output[count])))
            {
                return false;
            }

            count++;
        }
        while (reader.TryComma());

        return count >= min && reader.TryClose();
    }

    private static bool TryAngles(ref ValueReader reader, scoped Span<float> output, int min, int max, out int count)
    {
        count = 0;
        do
        {
            if (count >= max || !Lengths.TryAngle(ref reader, out output[count]))
            {
                return false;
            }

            count++;
        }
        while (reader.TryComma());

        return count >= min && reader.TryClose();
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> name, Span<char> buffer) =>
        name.Length <= buffer.Length ? buffer[..name.ToLowerInvariant(buffer)] : ReadOnlySpan<char>.Empty;
}
