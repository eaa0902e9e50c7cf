using System;

namespace Sparrow.Paint;

/// <summary>
/// Lengths, percentages, numbers and angles inside raw values (CSS Values 4 §5–6), including
/// <c>calc()</c>/<c>min()</c>/<c>max()</c>-free sums and products (<c>calc(-50% + 10px)</c>), which the
/// Css stage leaves in raw text unresolved.
/// </summary>
internal static class Lengths
{
    /// <summary>A length (no percentage); a unitless 0 is a length.</summary>
    public static bool TryLength(ref ValueReader reader, in LengthContext context, out float px)
    {
        var save = reader.Position;
        if (TryLengthPercentage(ref reader, context, out var lp) && !lp.HasPercent)
        {
            px = lp.Px;
            return true;
        }

        reader.Reset(save);
        px = 0;
        return false;
    }

    public static bool TryLengthPercentage(ref ValueReader reader, in LengthContext context, out LengthPercentage value)
    {
        var save = reader.Position;
        if (TryTerm(ref reader, context, out var term) && !term.IsNumber)
        {
            value = new LengthPercentage(term.Px, term.Percent);
            return true;
        }

        if (term.IsNumber && term.Number == 0)
        {
            value = LengthPercentage.Zero;
            return true;
        }

        reader.Reset(save);
        value = default;
        return false;
    }

    /// <summary>A plain number (or a calc() of numbers).</summary>
    public static bool TryNumber(ref ValueReader reader, out float number)
    {
        var save = reader.Position;
        if (TryTerm(ref reader, LengthContext.Default, out var term) && term.IsNumber)
        {
            number = term.Number;
            return true;
        }

        reader.Reset(save);
        number = 0;
        return false;
    }

    /// <summary>A number or a percentage as a number (<c>scale(50%)</c> = 0.5).</summary>
    public static bool TryNumberOrPercent(ref ValueReader reader, out float number)
    {
        var save = reader.Position;
        if (reader.TryNumber(out var n, out var unit) && (unit.Length == 0 || unit is "%"))
        {
            number = unit.Length == 0 ? n : n / 100;
            return true;
        }

        reader.Reset(save);
        return TryNumber(ref reader, out number);
    }

    /// <summary>An angle in radians (deg, rad, grad, turn; a unitless 0).</summary>
    public static bool TryAngle(ref ValueReader reader, out float radians)
    {
        var save = reader.Position;
        if (reader.TryNumber(out var n, out var unit))
        {
            radians = Angle(n, unit);
            if (!float.IsNaN(radians))
            {
                return true;
            }
        }

        reader.Reset(save);
        radians = 0;
        return false;
    }

    public static float Angle(float n, ReadOnlySpan<char> unit)
    {
        if (unit.Equals("deg", StringComparison.OrdinalIgnoreCase))
        {
            return n * MathF.PI / 180;
        }

        if (unit.Equals("rad", StringComparison.OrdinalIgnoreCase))
        {
            return n;
        }

        if (unit.Equals("grad", StringComparison.OrdinalIgnoreCase))
        {
            return n * MathF.PI / 200;
        }

        if (unit.Equals("turn", StringComparison.OrdinalIgnoreCase))
        {
            return n * 2 * MathF.PI;
        }

        return unit.Length == 0 && n == 0 ? 0 : float.NaN;
    }

    /// <summary>CSS Values 4 §6.2: absolute units in px; font- and viewport-relative ones from the context. NaN for others.</summary>
    public static float ToPx(float n, ReadOnlySpan<char> unit, in LengthContext c)
    {
        Span<char> lower = stackalloc char[8];
        if (unit.Length > lower.Length)
        {
            return float.NaN;
        }

        var u = lower[..unit.ToLowerInvariant(lower)];
        return u switch
        {
            "px" => n,
            "em" => n * c.FontSize,
            "rem" => n * c.RootFontSize,
            "vw" => n * c.ViewportWidth / 100,
            "vh" => n * c.ViewportHeight / 100,
            "vmin" => n * Math.Min(c.ViewportWidth, c.ViewportHeight) / 100,
            "vmax" => n * Math.Max(c.ViewportWidth, c.ViewportHeight) / 100,
            "pt" => n * 4 / 3,
            "pc" => n * 16,
            "in" => n * 96,
            "cm" => n * 96 / 2.54f,
            "mm" => n * 96 / 25.4f,
            "q" => n * 96 / 101.6f,

            // As the Css stage does without font metrics (CSS Values 4 §6.1.1 allows 0.5em).
            "ex" or "ch" => n * c.FontSize / 2,
            _ => float.NaN,
        };
    }

    /// <summary>One dimension, percentage, number or calc() expression.</summary>
    private static bool TryTerm(ref ValueReader reader, in LengthContext context, out CalcValue value)
    {
        var save = reader.Position;
        if (reader.TryFunction(out var name))
        {
            if (name.Equals("calc", StringComparison.OrdinalIgnoreCase) && TrySum(ref reader, context, out value) && reader.TryClose())
            {
                return true;
            }

            reader.Reset(save);
            value = default;
            return false;
        }

        if (reader.TryNumber(out var n, out var unit))
        {
            if (unit.Length == 0)
            {
                value = CalcValue.Num(n);
                return true;
            }

            if (unit is "%")
            {
                value = new CalcValue(0, n, 0, false);
                return true;
            }

            var px = ToPx(n, unit, context);
            if (!float.IsNaN(px))
            {
                value = new CalcValue(px, 0, 0, false);
                return true;
            }
        }

        reader.Reset(save);
        value = default;
        return false;
    }

    // calc-sum = product [ ('+' | '-') product ]* ; product = value [ ('*' | '/') value ]* (CSS Values 4 §10.1).
    private static bool TrySum(ref ValueReader reader, in LengthContext context, out CalcValue value)
    {
        if (!TryProduct(ref reader, context, out value))
        {
            return false;
        }

        while (true)
        {
            reader.SkipWhitespace();
            var save = reader.Position;
            var sign = reader.TryChar('+') ? 1 : reader.TryChar('-') ? -1 : 0;
            if (sign == 0)
            {
                return true;
            }

            if (!TryProduct(ref reader, context, out var right) || right.IsNumber != value.IsNumber)
            {
                reader.Reset(save);
                return false;
            }

            value = new CalcValue(value.Px + (sign * right.Px), value.Percent + (sign * right.Percent), value.Number + (sign * right.Number), value.IsNumber);
        }
    }

    private static bool TryProduct(ref ValueReader reader, in LengthContext context, out CalcValue value)
    {
        if (!TryFactor(ref reader, context, out value))
        {
            return false;
        }

        while (true)
        {
            var save = reader.Position;
            var op = reader.TryChar('*') ? '*' : reader.TryChar('/') ? '/' : '\0';
            if (op == '\0')
            {
                return true;
            }

            if (!TryFactor(ref reader, context, out var right) || (op == '/' && (!right.IsNumber || right.Number == 0)) || (!value.IsNumber && !right.IsNumber))
            {
                reader.Reset(save);
                return false;
            }

            value = op == '/' ? value.Scale(1 / right.Number) : value.IsNumber ? right.Scale(value.Number) : value.Scale(right.Number);
        }
    }

    private static bool TryFactor(ref ValueReader reader, in LengthContext context, out CalcValue value)
    {
        if (reader.TryChar('('))
        {
            return TrySum(ref reader, context, out value) && reader.TryClose();
        }

        return TryTerm(ref reader, context, out value);
    }

    private readonly record struct CalcValue(float Px, float Percent, float Number, bool IsNumber)
    {
        public static CalcValue Num(float n) => new(0, 0, n, true);

        public CalcValue Scale(float k) => new(Px * k, Percent * k, Number * k, IsNumber);
    }
}
