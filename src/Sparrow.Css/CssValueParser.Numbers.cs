using System;
using System.Text;

namespace Sparrow.Css;

internal static partial class CssValueParser
{
    /// <summary>
    /// <c>&lt;length&gt;</c> or <c>&lt;length-percentage&gt;</c> (CSS Values 4 §6): a dimension with
    /// a length unit (rpx included), unitless zero, a percentage, or a math function.
    /// </summary>
    internal static bool TryParseLength(ReadOnlySpan<CssToken> tokens, bool allowPercent, bool nonNegative, out CssValue value)
    {
        value = default;
        var t = tokens[0];
        switch (t.Kind)
        {
            case CssTokenKind.Dimension:
            {
                var unit = CssValue.ParseUnit(t.Value);
                if (!CssValue.IsLengthUnit(unit) || (nonNegative && t.Number < 0))
                {
                    return false;
                }

                value = CssValue.Dimension((float)t.Number, unit);
                return true;
            }

            case CssTokenKind.Number when t.Number == 0:
                value = CssValue.Px(0);
                return true;
            case CssTokenKind.Percentage when allowPercent && !(nonNegative && t.Number < 0):
                value = CssValue.Percent((float)t.Number);
                return true;
            case CssTokenKind.Function when IsMathFunction(t.Value):
                return TryParseCalc(tokens, out value) && CalcType((CalcNode)value.Complex!) is var type
                    && (type == 2 || (allowPercent && type is 3 or 4));
            default:
                return false;
        }
    }

    internal static bool TryParseNumber(ReadOnlySpan<CssToken> tokens, bool nonNegative, bool integer, out CssValue value)
    {
        value = default;
        var t = tokens[0];
        if (t.Kind == CssTokenKind.Number && !(nonNegative && t.Number < 0) && (!integer || t.IsInteger))
        {
            value = CssValue.Num((float)t.Number);
            return true;
        }

        if (t.Kind == CssTokenKind.Function && IsMathFunction(t.Value) && !integer && TryParseCalc(tokens, out var calc) && CalcType((CalcNode)calc.Complex!) == 1)
        {
            // A unitless calc() resolves now: it needs no context.
            if (((CalcNode)calc.Complex!).TryResolve(0, static (_, _) => float.NaN, out _, out _, out var n, out var isNumber) && isNumber)
            {
                value = CssValue.Num(nonNegative ? Math.Max(0, n) : n);
                return true;
            }
        }

        return false;
    }

    private static bool TryParsePercentAsNumber(CssToken t, out CssValue value)
    {
        value = t.Kind == CssTokenKind.Percentage ? CssValue.Num((float)(t.Number / 100)) : default;
        return t.Kind == CssTokenKind.Percentage;
    }

    /// <summary>A comma list of <c>&lt;time&gt;</c>, normalized to seconds in the text form Chromium serializes (<c>0.3s, 1s</c>).</summary>
    private static bool TryParseTimeList(ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        var sb = new StringBuilder();
        var expectTime = true;
        foreach (var t in tokens)
        {
            if (t.Kind == CssTokenKind.Whitespace)
            {
                continue;
            }

            if (expectTime && t.Kind == CssTokenKind.Dimension && CssValue.ParseUnit(t.Value) is CssUnit.S or CssUnit.Ms)
            {
                var seconds = CssValue.ParseUnit(t.Value) == CssUnit.Ms ? t.Number / 1000 : t.Number;
                sb.Append(CssValue.Format((float)seconds)).Append('s');
                expectTime = false;
            }
            else if (!expectTime && t.Kind == CssTokenKind.Comma)
            {
                sb.Append(", ");
                expectTime = true;
            }
            else
            {
                return false;
            }
        }

        value = CssValue.Raw(sb.ToString());
        return !expectTime;
    }

    /// <summary><c>auto | &lt;ratio&gt;</c> where ratio is <c>a</c> or <c>a / b</c> (CSS Sizing 4 §2.1).</summary>
    private static bool TryParseRatio(CssProperty property, ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        Span<(int Start, int End)> parts = stackalloc (int, int)[4];
        var n = SplitComponents(tokens, parts);
        if (n == 1 && tokens[parts[0].Start].Kind == CssTokenKind.Ident && property.FindKeyword(tokens[parts[0].Start].Value) is { } k)
        {
            value = CssValue.Keyword(k);
            return true;
        }

        if (n == 1 && tokens[parts[0].Start] is { Kind: CssTokenKind.Number, Number: > 0 } a)
        {
            value = CssValue.Raw(CssValue.Format((float)a.Number) + " / 1");
            return true;
        }

        if (n == 3 && tokens[parts[0].Start] is { Kind: CssTokenKind.Number, Number: >= 0 } x && tokens[parts[1].Start].IsDelim('/')
            && tokens[parts[2].Start] is { Kind: CssTokenKind.Number, Number: >= 0 } y)
        {
            value = CssValue.Raw(CssValue.Format((float)x.Number) + " / " + CssValue.Format((float)y.Number));
            return true;
        }

        return false;
    }

    /// <summary>A corner's two radii, horizontal then vertical (css-backgrounds-3 §5.1); neither negative.</summary>
    private static bool TryParseRadiusPair(CssProperty property, ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        Span<(int Start, int End)> parts = stackalloc (int, int)[2];
        if (SplitComponents(tokens, parts) != 2
            || !TryParseLength(tokens[parts[0].Start..parts[0].End], allowPercent: true, property.NonNegative, out var x)
            || !TryParseLength(tokens[parts[1].Start..parts[1].End], allowPercent: true, property.NonNegative, out var y))
        {
            return false;
        }

        value = CssValue.Pair(x, y);
        return true;
    }

    private static bool IsMathFunction(string name) => name.ToLowerInvariant() is "calc" or "-webkit-calc" or "min" or "max" or "clamp";

    /// <summary>
    /// CSS Values 4 §10.9 type checking, reduced to what we parse: 1 number, 2 length, 3 percentage,
    /// 4 length-percentage, 0 invalid (a sum of a number and a length, a product of two lengths, a
    /// division by anything but a number). An invalid calc() makes the declaration invalid at parse time.
    /// </summary>
    private static int CalcType(CalcNode node)
    {
        switch (node.Op)
        {
            case 'v':
                return node.Leaf.Kind switch { CssValueKind.Number => 1, CssValueKind.Percentage => 3, _ => 2 };
            case '+':
            case '-':
            case 'n':
            case 'x':
            {
                var (l, r) = (CalcType(node.Left!), CalcType(node.Right!));
                if (l == 0 || r == 0 || (l == 1) != (r == 1))
                {
                    return 0;
                }

                return l == r ? l : l == 1 ? 1 : 4;
            }

            case '*':
            {
                var (l, r) = (CalcType(node.Left!), CalcType(node.Right!));
                return l == 0 || r == 0 || (l != 1 && r != 1) ? 0 : l == 1 ? r : l;
            }

            default:
            {
                var (l, r) = (CalcType(node.Left!), CalcType(node.Right!));
                return l == 0 || r != 1 ? 0 : l;
            }
        }
    }

    /// <summary>CSS Values 4 §10.8: <c>calc()</c> as a sum of products. The whole value must be the one function.</summary>
    internal static bool TryParseCalc(ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        var end = BlockEnd(tokens, 0);
        if (end >= tokens.Length || ComponentCount(tokens) != 1)
        {
            return false;
        }

        var pos = 0;
        var node = ParseCalcValue(tokens, ref pos);
        SkipWhitespace(tokens, ref pos);
        if (node is null || pos != tokens.Length)
        {
            return false;
        }

        value = new CssValue { Kind = CssValueKind.CalcExpression, Complex = node };
        return true;
    }

    private static CalcNode? ParseSum(ReadOnlySpan<CssToken> t, ref int pos)
    {
        var left = ParseProduct(t, ref pos);
        while (left is not null)
        {
            // §10.8: + and - must be surrounded by whitespace.
            var save = pos;
            if (pos < t.Length && t[pos].Kind == CssTokenKind.Whitespace)
            {
                pos++;
                if (pos < t.Length && (t[pos].IsDelim('+') || t[pos].IsDelim('-')) && pos + 1 < t.Length && t[pos + 1].Kind == CssTokenKind.Whitespace)
                {
                    var op = t[pos].Delim;
                    pos += 2;
                    var right = ParseProduct(t, ref pos);
                    if (right is null)
                    {
                        return null;
                    }

                    left = CalcNode.Binary(op, left, right);
                    continue;
                }
            }

            pos = save;
            break;
        }

        return left;
    }

    private static CalcNode? ParseProduct(ReadOnlySpan<CssToken> t, ref int pos)
    {
        var left = ParseCalcValue(t, ref pos);
        while (left is not null)
        {
            var save = pos;
            SkipWhitespace(t, ref pos);
            if (pos < t.Length && (t[pos].IsDelim('*') || t[pos].IsDelim('/')))
            {
                var op = t[pos].Delim;
                pos++;
                var right = ParseCalcValue(t, ref pos);
                if (right is null)
                {
                    return null;
                }

                left = CalcNode.Binary(op, left, right);
                continue;
            }

            pos = save;
            break;
        }

        return left;
    }

    private static CalcNode? ParseCalcValue(ReadOnlySpan<CssToken> t, ref int pos)
    {
        SkipWhitespace(t, ref pos);
        if (pos >= t.Length)
        {
            return null;
        }

        var tok = t[pos];
        switch (tok.Kind)
        {
            case CssTokenKind.Number:
                pos++;
                return CalcNode.Value(CssValue.Num((float)tok.Number));
            case CssTokenKind.Percentage:
                pos++;
                return CalcNode.Value(CssValue.Percent((float)tok.Number));
            case CssTokenKind.Dimension when CssValue.IsLengthUnit(CssValue.ParseUnit(tok.Value)):
                pos++;
                return CalcNode.Value(CssValue.Dimension((float)tok.Number, CssValue.ParseUnit(tok.Value)));
            case CssTokenKind.Function when tok.Value.ToLowerInvariant() is "min" or "max" or "clamp":
                return ParseComparison(t, ref pos);
            case CssTokenKind.LeftParen:
            case CssTokenKind.Function when IsMathFunction(tok.Value):
            {
                var end = BlockEnd(t, pos);
                if (end >= t.Length)
                {
                    return null;
                }

                var inner = pos + 1;
                var node = ParseSum(t[..end], ref inner);
                SkipWhitespace(t[..end], ref inner);
                if (node is null || inner != end)
                {
                    return null;
                }

                pos = end + 1;
                return node;
            }

            default:
                return null;
        }
    }

    /// <summary>
    /// CSS Values 4 §10.2: <c>min()</c> and <c>max()</c> of one or more sums, folded pairwise
    /// ('n' and 'x' nodes), and <c>clamp(a, b, c)</c> as <c>max(a, min(b, c))</c>.
    /// </summary>
    private static CalcNode? ParseComparison(ReadOnlySpan<CssToken> t, ref int pos)
    {
        var name = t[pos].Value.ToLowerInvariant();
        var end = BlockEnd(t, pos);
        if (end >= t.Length)
        {
            return null;
        }

        var args = new System.Collections.Generic.List<CalcNode>();
        var inner = pos + 1;
        while (true)
        {
            var arg = ParseSum(t[..end], ref inner);
            SkipWhitespace(t[..end], ref inner);
            if (arg is null)
            {
                return null;
            }

            args.Add(arg);
            if (inner == end)
            {
                break;
            }

            if (t[inner].Kind != CssTokenKind.Comma)
            {
                return null;
            }

            inner++;
        }

        pos = end + 1;
        if (name == "clamp")
        {
            return args.Count == 3 ? CalcNode.Binary('x', args[0], CalcNode.Binary('n', args[1], args[2])) : null;
        }

        var op = name == "min" ? 'n' : 'x';
        var node = args[0];
        for (var i = 1; i < args.Count; i++)
        {
            node = CalcNode.Binary(op, node, args[i]);
        }

        return node;
    }

    private static void SkipWhitespace(ReadOnlySpan<CssToken> t, ref int pos)
    {
        while (pos < t.Length && t[pos].Kind == CssTokenKind.Whitespace)
        {
            pos++;
        }
    }
}
