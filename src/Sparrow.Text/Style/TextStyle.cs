namespace Sparrow.Text;

/// <summary>
/// The computed text properties of a block, or of one inline box's text in a
/// <see cref="StyledText"/> (what Css hands to Text). For a span only the inline properties count
/// (font, size, spacing, line-height, language, features); white-space, word-break,
/// overflow-wrap, text-align, text-indent, ellipsis and line clamp are the block's. Immutable with
/// value equality, so it can key the measurement cache.
/// </summary>
public sealed record TextStyle
{
    public FontQuery Font { get; init; } = FontQuery.Default;

    /// <summary>Computed font-size in px.</summary>
    public float FontSize { get; init; } = 16;

    public LineHeight LineHeight { get; init; } = LineHeight.Normal;

    /// <summary>letter-spacing in px, added after every grapheme cluster (as Chromium does, the last included).</summary>
    public float LetterSpacing { get; init; }

    /// <summary>word-spacing in px (CSS Text 3 §8.1), added to each space and no-break space.</summary>
    public float WordSpacing { get; init; }

    /// <summary>text-indent in px (CSS Text 3 §8.1): the first line only; may be negative.</summary>
    public float TextIndent { get; init; }

    public WhiteSpace WhiteSpace { get; init; }

    public WordBreak WordBreak { get; init; }

    public OverflowWrap OverflowWrap { get; init; }

    public TextAlign TextAlign { get; init; }

    /// <summary>text-overflow: ellipsis (with overflow hidden on the block).</summary>
    public bool Ellipsis { get; init; }

    /// <summary>-webkit-line-clamp; 0 means none.</summary>
    public int LineClamp { get; init; }

    /// <summary>Content language (BCP 47), for shaping and fallback; WeChat content is mostly zh-CN.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>OpenType features in HarfBuzz syntax ("kern,liga=0"); empty means the defaults.</summary>
    public string Features { get; init; } = string.Empty;

    /// <summary>Whether lines may wrap at soft opportunities (CSS Text 3 §3 table).</summary>
    public bool Wraps => WhiteSpace is WhiteSpace.Normal or WhiteSpace.PreWrap or WhiteSpace.PreLine;
}
