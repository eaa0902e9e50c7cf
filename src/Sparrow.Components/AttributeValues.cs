using System;
using System.Globalization;

namespace Sparrow.Components;

/// <summary>
/// Reads component attribute values as the op stream delivers them: booleans as <c>true</c>/<c>false</c>,
/// numbers in their shortest text, strings as written (<c>"100"</c>, <c>"100px"</c>, <c>"200rpx"</c>).
/// Malformed values read as the fallback.
/// </summary>
internal static class AttributeValues
{
    /// <summary>
    /// A boolean attribute: absent, <c>false</c>, <c>"false"</c>, <c>null</c> and <c>0</c> are false (WeChat
    /// converts the property to Boolean, and the string "false" is false in WXML's <c>{{false}}</c> sense).
    /// The empty string is true: a bare attribute (<c>&lt;scroll-view scroll-y&gt;</c>) may arrive as one.
    /// </summary>
    public static bool Bool(string? value) => value is not null and not "false" and not "null" and not "0";

    /// <summary>A number attribute; <paramref name="fallback"/> when absent or not a number.</summary>
    public static double Number(string? value, double fallback) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : fallback;

    /// <summary>
    /// A length in CSS px: a bare number or <c>px</c>, or <c>rpx</c> (750 rpx = the window width
    /// <paramref name="windowWidth"/>); null when absent, empty or malformed.
    /// </summary>
    public static float? Length(string? value, float windowWidth)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.AsSpan().Trim();
        var scale = 1f;
        if (text.EndsWith("rpx", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^3];
            scale = windowWidth / 750f;
        }
        else if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^2];
        }

        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && float.IsFinite(n) ? n * scale : null;
    }
}
