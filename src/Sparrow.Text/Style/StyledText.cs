using System;
using System.Collections.Immutable;
using System.Text;
using Sparrow.Core;

namespace Sparrow.Text;

/// <summary>
/// The text of one inline formatting context (CSS 2 §9.4.2): the concatenated text of its text
/// nodes, and the style of each node's inline box as contiguous spans. Per span: font, size,
/// letter/word spacing, line-height, language and features. Block-level properties
/// (white-space, word-break, overflow-wrap, text-align, text-indent, ellipsis, line clamp) come
/// from the block's style given next to it. Value equality, so it can key the measurement cache.
/// </summary>
public sealed class StyledText : IEquatable<StyledText>
{
    private StyledText(string text, ImmutableArray<StyledSpan> spans, ImmutableArray<StyledInlineBox> boxes = default)
    {
        Text = text;
        Spans = spans;
        InlineBoxes = boxes.IsDefault ? [] : boxes;
    }

    public string Text { get; }

    public ImmutableArray<StyledSpan> Spans { get; }

    /// <summary>The inline boxes whose edges take room in the lines, in document order (none by default).</summary>
    public ImmutableArray<StyledInlineBox> InlineBoxes { get; }

    /// <summary>
    /// This text with <paramref name="boxes"/> as its inline boxes (<see cref="StyledInlineBox"/>): span
    /// ranges within the spans, each parent before its children, edges finite and non-negative (the
    /// embedder clamps a negative margin's sum at zero).
    /// </summary>
    public StyledText WithInlineBoxes(ImmutableArray<StyledInlineBox> boxes)
    {
        for (int i = 0; i < boxes.Length; i++)
        {
            var b = boxes[i];
            if (b.FirstSpan < 0 || b.EndSpan < b.FirstSpan || b.EndSpan > Spans.Length || b.Parent >= i || b.Parent < -1
                || !(b.Start >= 0) || !(b.End >= 0) || float.IsInfinity(b.Start) || float.IsInfinity(b.End) || b.Style is null)
            {
                ThrowHelper.Argument(nameof(boxes), $"Inline box {i} is not within the spans, after its parent, with finite non-negative edges.");
            }
        }

        return new StyledText(Text, Spans, boxes);
    }

    /// <summary>One text in one style.</summary>
    public static StyledText Of(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StyledText(text, ImmutableArray.Create(new StyledSpan(0, text.Length, style)));
    }

    /// <summary>Text nodes in order, each with its inline box's style.</summary>
    public static StyledText Create(params (string Text, TextStyle Style)[] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Length == 0)
        {
            ThrowHelper.Argument(nameof(runs), "A styled text needs at least one run.");
        }

        var sb = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<StyledSpan>(runs.Length);
        foreach (var (text, style) in runs)
        {
            spans.Add(new StyledSpan(sb.Length, text.Length, style));
            sb.Append(text);
        }

        return new StyledText(sb.ToString(), spans.MoveToImmutable());
    }

    /// <summary>The character a placeholder span holds (U+FFFC OBJECT REPLACEMENT CHARACTER).</summary>
    public const char PlaceholderChar = '\uFFFC';

    /// <summary>
    /// Text nodes and atomic inline boxes in order: a run with null text is a placeholder
    /// (<see cref="StyledSpan.IsPlaceholder"/>) in the style of its parent inline box.
    /// </summary>
    public static StyledText CreateMixed(params (string? Text, TextStyle Style)[] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Length == 0)
        {
            ThrowHelper.Argument(nameof(runs), "A styled text needs at least one run.");
        }

        var sb = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<StyledSpan>(runs.Length);
        foreach (var (text, style) in runs)
        {
            var placeholder = text is null;
            var value = text ?? PlaceholderChar.ToString();
            spans.Add(new StyledSpan(sb.Length, value.Length, style) { IsPlaceholder = placeholder });
            sb.Append(value);
        }

        return new StyledText(sb.ToString(), spans.MoveToImmutable());
    }

    /// <summary>Index of the span holding UTF-16 offset <paramref name="offset"/> (the last span for the end).</summary>
    public int SpanAt(int offset)
    {
        int lo = 0, hi = Spans.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (Spans[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public bool Equals(StyledText? other) =>
        other is not null && Text == other.Text && Spans.AsSpan().SequenceEqual(other.Spans.AsSpan())
        && InlineBoxes.AsSpan().SequenceEqual(other.InlineBoxes.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as StyledText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Text);
        foreach (var span in Spans)
        {
            hash.Add(span);
        }

        foreach (var box in InlineBoxes)
        {
            hash.Add(box);
        }

        return hash.ToHashCode();
    }
}
