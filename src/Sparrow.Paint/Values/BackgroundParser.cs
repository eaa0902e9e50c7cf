using System;

namespace Sparrow.Paint;

/// <summary>background-size (css-backgrounds-3 §3.9): <c>cover</c>, <c>contain</c> or a width and height, each possibly auto.</summary>
internal readonly record struct BackgroundSize(BackgroundSizeKind Kind, LengthPercentage Width, LengthPercentage Height, bool AutoWidth, bool AutoHeight)
{
    public static BackgroundSize Auto => new(BackgroundSizeKind.Explicit, default, default, true, true);
}

internal enum BackgroundSizeKind : byte
{
    Explicit,
    Cover,
    Contain,
}

/// <summary>background-repeat per axis (css-backgrounds-3 §3.4).</summary>
internal enum RepeatStyle : byte
{
    Repeat,
    NoRepeat,
    Space,
    Round,
}

/// <summary>
/// The longhands of background layers (css-backgrounds-3 §3): layers are the top-level
/// comma-separated items of background-image, and the i-th layer takes the i-th item of size,
/// position and repeat, cycling when those lists are shorter (§3.1).
/// </summary>
internal static class BackgroundParser
{
    public static int CountItems(ReadOnlySpan<char> list)
    {
        var count = 1;
        var depth = 0;
        foreach (var c in list)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The <paramref name="index"/>-th top-level item of a comma-separated list, modulo the item count.</summary>
    public static ReadOnlySpan<char> Item(ReadOnlySpan<char> list, int index)
    {
        index %= CountItems(list);
        var depth = 0;
        var start = 0;
        var current = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                if (current == index)
                {
                    return list[start..i].Trim();
                }

                current++;
                start = i + 1;
            }
        }

        return list[start..].Trim();
    }

    public static bool TryParseSize(ReadOnlySpan<char> item, in LengthContext context, out BackgroundSize size)
    {
        size = BackgroundSize.Auto;
        var reader = new ValueReader(item);
        if (reader.TryKeyword("cover") && reader.AtEnd)
        {
            size = size with { Kind = BackgroundSizeKind.Cover };
            return true;
        }

        reader.Reset(0);
        if (reader.TryKeyword("contain") && reader.AtEnd)
        {
            size = size with { Kind = BackgroundSizeKind.Contain };
            return true;
        }

        reader.Reset(0);
        if (!TrySizeComponent(ref reader, context, out var w, out var autoW))
        {
            return false;
        }

        // One value sets the width; the height is auto (§3.9).
        var h = default(LengthPercentage);
        var autoH = true;
        if (!reader.AtEnd && !TrySizeComponent(ref reader, context, out h, out autoH))
        {
            return false;
        }

        size = new BackgroundSize(BackgroundSizeKind.Explicit, w, h, autoW, autoH);
        return reader.AtEnd;
    }

    public static bool TryParseRepeat(ReadOnlySpan<char> item, out RepeatStyle x, out RepeatStyle y)
    {
        x = y = RepeatStyle.Repeat;
        var reader = new ValueReader(item);
        if (!reader.TryIdent(out var first))
        {
            return false;
        }

        if (first.Equals("repeat-x", StringComparison.OrdinalIgnoreCase))
        {
            y = RepeatStyle.NoRepeat;
            return reader.AtEnd;
        }

        if (first.Equals("repeat-y", StringComparison.OrdinalIgnoreCase))
        {
            x = RepeatStyle.NoRepeat;
            return reader.AtEnd;
        }

        if (!TryRepeatStyle(first, out x))
        {
            return false;
        }

        y = x;
        if (reader.AtEnd)
        {
            return true;
        }

        return reader.TryIdent(out var second) && TryRepeatStyle(second, out y) && reader.AtEnd;
    }

    public static bool TryParsePosition(ReadOnlySpan<char> item, in LengthContext context, out PositionValue position)
    {
        var reader = new ValueReader(item);
        return PositionParser.TryRead(ref reader, context, 4, out position) && reader.AtEnd;
    }

    /// <summary>The URL of a <c>url(…)</c> image, quotes removed.</summary>
    public static bool TryParseUrl(ReadOnlySpan<char> item, out ReadOnlySpan<char> url)
    {
        url = default;
        var reader = new ValueReader(item);
        if (!reader.TryFunction(out var name) || !name.Equals("url", StringComparison.OrdinalIgnoreCase) || !reader.TrySkipArguments(out var inner) || !reader.AtEnd)
        {
            return false;
        }

        inner = inner.Trim();
        if (inner.Length >= 2 && inner[0] is '"' or '\'' && inner[^1] == inner[0])
        {
            inner = inner[1..^1];
        }

        url = inner;
        return url.Length > 0;
    }

    private static bool TrySizeComponent(ref ValueReader reader, in LengthContext context, out LengthPercentage value, out bool auto)
    {
        value = default;
        auto = reader.TryKeyword("auto");
        return auto || Lengths.TryLengthPercentage(ref reader, context, out value);
    }

    private static bool TryRepeatStyle(ReadOnlySpan<char> ident, out RepeatStyle style)
    {
        style = ident.Equals("repeat", StringComparison.OrdinalIgnoreCase) ? RepeatStyle.Repeat
            : ident.Equals("no-repeat", StringComparison.OrdinalIgnoreCase) ? RepeatStyle.NoRepeat
            : ident.Equals("space", StringComparison.OrdinalIgnoreCase) ? RepeatStyle.Space
            : ident.Equals("round", StringComparison.OrdinalIgnoreCase) ? RepeatStyle.Round
            : (RepeatStyle)255;
        return style != (RepeatStyle)255;
    }
}
