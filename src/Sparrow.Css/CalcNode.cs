using System;

namespace Sparrow.Css;

/// <summary>
/// A parsed <c>calc()</c> expression (CSS Values 4 §10.8): leaves are numbers, dimensions and
/// percentages; inner nodes are sums, products and quotients, so it can be resolved once the
/// font size, viewport and window width are known.
/// </summary>
internal sealed class CalcNode
{
    private CalcNode(char op, CalcNode? left, CalcNode? right, CssValue leaf)
    {
        Op = op;
        Left = left;
        Right = right;
        Leaf = leaf;
    }

    /// <summary><c>'v'</c> for a leaf, else one of <c>+ - * /</c>, or <c>n</c> / <c>x</c> for min() / max().</summary>
    public char Op { get; }

    public CalcNode? Left { get; }

    public CalcNode? Right { get; }

    public CssValue Leaf { get; }

    public static CalcNode Value(CssValue leaf) => new('v', null, null, leaf);

    public static CalcNode Binary(char op, CalcNode left, CalcNode right) => new(op, left, right, default);

    /// <summary>
    /// Resolves to px + percent + unitless parts; <paramref name="toPx"/> converts a length leaf
    /// (it takes a state argument so callers pass a static lambda and nothing is allocated). Returns false when the expression mixes types
    /// in a way calc() forbids (a length times a length, division by a length or by zero).
    /// </summary>
    public bool TryResolve<TState>(TState state, Func<TState, CssValue, float> toPx, out float px, out float percent, out float number, out bool hasNumberOnly)
    {
        px = percent = number = 0;
        hasNumberOnly = false;
        switch (Op)
        {
            case 'v':
                switch (Leaf.Kind)
                {
                    case CssValueKind.Number:
                        number = Leaf.Number;
                        hasNumberOnly = true;
                        return true;
                    case CssValueKind.Percentage:
                        percent = Leaf.Number;
                        return true;
                    default:
                        px = toPx(state, Leaf);
                        return !float.IsNaN(px);
                }

            case '+':
            case '-':
            {
                if (!Left!.TryResolve(state, toPx, out var lp, out var lc, out var ln, out var lNum) || !Right!.TryResolve(state, toPx, out var rp, out var rc, out var rn, out var rNum) || lNum != rNum)
                {
                    return false;
                }

                var s = Op == '+' ? 1 : -1;
                (px, percent, number, hasNumberOnly) = (lp + (s * rp), lc + (s * rc), ln + (s * rn), lNum);
                return true;
            }

            case 'n':
            case 'x':
            {
                // min()/max() of a length and a percentage needs the percentage basis, which
                // computed values do not have; such an expression is left unresolved (acts as unset).
                if (!Left!.TryResolve(state, toPx, out var lp, out var lc, out var ln, out var lNum) || !Right!.TryResolve(state, toPx, out var rp, out var rc, out var rn, out var rNum)
                    || lNum != rNum || lc != 0 || rc != 0)
                {
                    return false;
                }

                var max = Op == 'x';
                (px, number, hasNumberOnly) = (max ? Math.Max(lp, rp) : Math.Min(lp, rp), max ? Math.Max(ln, rn) : Math.Min(ln, rn), lNum);
                return true;
            }

            case '*':
            {
                if (!Left!.TryResolve(state, toPx, out var lp, out var lc, out var ln, out var lNum) || !Right!.TryResolve(state, toPx, out var rp, out var rc, out var rn, out var rNum))
                {
                    return false;
                }

                if (lNum && rNum)
                {
                    (number, hasNumberOnly) = (ln * rn, true);
                    return true;
                }

                if (lNum)
                {
                    (px, percent) = (rp * ln, rc * ln);
                    return true;
                }

                if (rNum)
                {
                    (px, percent) = (lp * rn, lc * rn);
                    return true;
                }

                return false;
            }

            default:
            {
                if (!Left!.TryResolve(state, toPx, out var lp, out var lc, out var ln, out var lNum) || !Right!.TryResolve(state, toPx, out _, out _, out var rn, out var rNum) || !rNum || rn == 0)
                {
                    return false;
                }

                (px, percent, number, hasNumberOnly) = (lp / rn, lc / rn, ln / rn, lNum);
                return true;
            }
        }
    }

    /// <summary>The expression as written (normalized spacing), without the outer <c>calc()</c>.</summary>
    public string ToCss() => Op switch
    {
        'v' => Leaf.ToCss(),
        'n' or 'x' => $"{(Op == 'n' ? "min" : "max")}({Left!.ToCss()}, {Right!.ToCss()})",
        '+' or '-' => $"{Left!.ToCss()} {Op} {Wrap(Right!, Op == '-')}",
        _ => $"{Wrap(Left!, false)} {Op} {Wrap(Right!, true)}",
    };

    private string Wrap(CalcNode child, bool strict) =>
        child.Op is 'v' or 'n' or 'x' || (child.Op is '*' or '/' && !(strict && Op == '/')) || (Op is '+' && !strict && child.Op is '+' or '-') ? child.ToCss() : "(" + child.ToCss() + ")";
}
