using System;
using System.Globalization;

namespace Sparrow.Host.Shell;

/// <summary>The color values the shell takes (WeChat accepts hexadecimal colors only): <c>#rgb</c> or <c>#rrggbb</c>, normalised to <c>#rrggbb</c>.</summary>
internal static class ShellColors
{
    /// <summary>The value as <c>#rrggbb</c> (lower case), or null when it is not a hexadecimal color.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null || text.Length is not (4 or 7) || text[0] != '#'
            || !uint.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        if (text.Length == 7)
        {
            return text.ToLowerInvariant();
        }

        var r = text[1];
        var g = text[2];
        var b = text[3];
        return string.Create(CultureInfo.InvariantCulture, $"#{r}{r}{g}{g}{b}{b}").ToLowerInvariant();
    }
}
