using System;
using System.Text;

namespace Sparrow.Components;

/// <summary>
/// The edits a focused <c>input</c> or <c>textarea</c> makes to its value on the render side, as a
/// native text field does before telling the mini program (<c>bindinput</c>): typed text is filtered
/// by the field's <see cref="TextInputType"/> and cut at <c>maxlength</c> (140 by default, −1 for no
/// limit; counted in UTF-16 code units, a surrogate pair never split), and inserted at the caret.
/// Pure functions over strings, so they are tested without a page.
/// </summary>
public static class TextEditing
{
    /// <summary>WeChat's default <c>maxlength</c>.</summary>
    public const int DefaultMaxLength = 140;

    /// <summary>The <see cref="TextInputType"/> an <c>input</c>'s <c>type</c> attribute names (unknown or absent: text).</summary>
    public static TextInputType TypeOf(string? type) => type switch
    {
        "number" => TextInputType.Number,
        "digit" => TextInputType.Digit,
        "idcard" => TextInputType.IdCard,
        _ => TextInputType.Text,
    };

    /// <summary>The <c>maxlength</c> attribute's limit: the default when absent or malformed, −1 (none) for any negative value.</summary>
    public static int MaxLengthOf(string? maxLength)
    {
        var n = AttributeValues.Number(maxLength, DefaultMaxLength);
        return n < 0 ? -1 : (int)Math.Min(n, int.MaxValue);
    }

    /// <summary>
    /// <paramref name="text"/> inserted into <paramref name="value"/> at <paramref name="cursor"/> (clamped
    /// to the value), keeping only what <paramref name="type"/> accepts and what fits in
    /// <paramref name="maxLength"/>. Returns the new value and the caret after the inserted text.
    /// </summary>
    public static (string Value, int Cursor) Insert(string value, int cursor, string text, TextInputType type, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(text);
        cursor = Math.Clamp(cursor, 0, value.Length);
        var room = maxLength < 0 ? int.MaxValue : Math.Max(0, maxLength - value.Length);
        var kept = new StringBuilder(Math.Min(text.Length, room == int.MaxValue ? text.Length : room));
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var width = pair ? 2 : 1;
            if (kept.Length + width > room)
            {
                break;
            }

            if (pair)
            {
                if (type is TextInputType.Text or TextInputType.MultiLine)
                {
                    kept.Append(text, i, 2);
                }

                i++;
                continue;
            }

            if (Accepts(type, text[i]) is { } c)
            {
                kept.Append(c);
            }
        }

        return (value.Insert(cursor, kept.ToString()), cursor + kept.Length);
    }

    /// <summary>
    /// The character before <paramref name="cursor"/> removed (both halves of a surrogate pair), as
    /// the Backspace key does; the value unchanged at the start.
    /// </summary>
    public static (string Value, int Cursor) DeleteBackward(string value, int cursor)
    {
        ArgumentNullException.ThrowIfNull(value);
        cursor = Math.Clamp(cursor, 0, value.Length);
        if (cursor == 0)
        {
            return (value, 0);
        }

        var width = cursor >= 2 && char.IsLowSurrogate(value[cursor - 1]) && char.IsHighSurrogate(value[cursor - 2]) ? 2 : 1;
        return (value.Remove(cursor - width, width), cursor - width);
    }

    /// <summary>The character as the field keeps it, or null when its keyboard has no such key.</summary>
    private static char? Accepts(TextInputType type, char c) => type switch
    {
        TextInputType.Number => c is >= '0' and <= '9' ? c : null,
        TextInputType.Digit => c is (>= '0' and <= '9') or '.' ? c : null,
        TextInputType.IdCard => c is >= '0' and <= '9' ? c : c is 'x' or 'X' ? 'X' : null,
        TextInputType.MultiLine => c,
        _ => c is '\n' or '\r' ? null : c,
    };
}
