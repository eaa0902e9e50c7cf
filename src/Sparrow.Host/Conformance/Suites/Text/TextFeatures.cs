using System;

namespace Sparrow.Host.Conformance.Suites.Text;

/// <summary>
/// The feature group of a text case, from its name: cases.json names every case by what it tests
/// (<c>chinese_punctuation_kinsoku_w96</c>, <c>line_clamp_2_latin_w150</c>), and the first matching
/// prefix below, in order, names its group. What a case tests beats its script: a clamped Chinese case
/// is in "ellipsis and clamp", not "chinese".
/// </summary>
internal static class TextFeatures
{
    private static readonly (string Prefix, string Feature)[] Prefixes =
    [
        ("spans_", "styled runs"),
        ("ellipsis_", "ellipsis and clamp"),
        ("line_clamp_", "ellipsis and clamp"),
        ("letter_spacing_ellipsis", "ellipsis and clamp"),
        ("pre_", "white-space"),
        ("nowrap_", "white-space"),
        ("forced_breaks", "white-space"),
        ("empty_text", "white-space"),
        ("single_space", "white-space"),
        ("long_word", "breaking"),
        ("url_", "breaking"),
        ("hyphenated_", "breaking"),
        ("break_all", "breaking"),
        ("anywhere_", "breaking"),
        ("legacy_word_break", "breaking"),
        ("soft_hyphens", "breaking"),
        ("zero_width_space", "breaking"),
        ("synthetic_", "fonts"),
        ("light_weight", "fonts"),
        ("black_weight", "fonts"),
        ("serif_", "fonts"),
        ("emoji_", "emoji"),
        ("korean_", "other scripts"),
        ("japanese_", "other scripts"),
        ("arabic_", "other scripts"),
        ("mixed_", "mixed latin and chinese"),
        ("chinese_", "chinese"),
        ("latin_", "latin"),
        ("numbers_", "latin"),
        ("minus_", "latin"),
    ];

    public static string Of(string name)
    {
        foreach (var (prefix, feature) in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return feature;
            }
        }

        return "other";
    }
}
