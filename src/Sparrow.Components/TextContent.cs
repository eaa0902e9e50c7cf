using System;
using System.Collections.Generic;
using System.Text;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Components;

/// <summary>
/// The <c>text</c> component's <c>decode</c> and <c>space</c>: the text nodes directly inside a
/// <c>text</c> element that has either get their shown content rewritten on the render side (an
/// <see cref="OpBatch"/> of <c>SetText</c> applied to the page's store, as the logic side's own
/// text would be), so layout, paint and queries see what WeChat shows. <c>decode</c> turns
/// <c>&amp;nbsp; &amp;lt; &amp;gt; &amp;amp; &amp;apos; &amp;ensp; &amp;emsp;</c> (WeChat's list) into their
/// characters; <c>space</c> (<c>ensp</c>, <c>emsp</c>, <c>nbsp</c>) turns each space into U+2002,
/// U+2003 or U+00A0. A new text from the logic side is rewritten again; a text node whose element
/// lost both attributes keeps what it shows until the logic side sets it again. Render thread only.
/// </summary>
public sealed class TextContent
{
    private readonly NodeStore _store;
    private readonly Atom _text;
    private readonly Atom _wxText;
    private readonly Atom _decode;
    private readonly Atom _space;
    private readonly OpBatch _batch = new();
    private readonly Dictionary<int, (uint Generation, string Shown)> _shown = [];

    /// <summary>Rewrites text in <paramref name="store"/> (one page's nodes).</summary>
    public TextContent(NodeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _text = store.Atoms.Intern("text");
        _wxText = store.Atoms.Intern("wx-text");
        _decode = store.Atoms.Intern("decode");
        _space = store.Atoms.Intern("space");
    }

    /// <summary>Rewrites the text nodes that need it; returns whether any changed (the page then lays out again).</summary>
    public bool Apply(IDiagnosticSink diagnostics)
    {
        var store = _store;
        var kinds = store.Kind;
        var tags = store.Tag;
        for (var node = 0; node < store.SlotCount; node++)
        {
            if (kinds[node] != NodeKind.Element || (tags[node] != _text && tags[node] != _wxText))
            {
                continue;
            }

            var decode = AttributeValues.Bool(store.GetAttribute(node, _decode));
            var space = SpaceOf(store.GetAttribute(node, _space));
            if (!decode && space == '\0')
            {
                continue;
            }

            for (var child = store.FirstChild[node]; child >= 0; child = store.NextSibling[child])
            {
                if (kinds[child] == NodeKind.Text)
                {
                    Rewrite(child, decode, space);
                }
            }
        }

        if (_batch.Count == 0)
        {
            return false;
        }

        store.Apply(_batch, diagnostics);
        _batch.Clear();
        return true;
    }

    /// <summary>What WeChat shows for <paramref name="raw"/> with <c>decode</c> and <c>space</c> (<c>'\0'</c>: none).</summary>
    public static string Transform(string raw, bool decode, char space)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = decode && raw.Contains('&', StringComparison.Ordinal) ? Decode(raw) : raw;
        return space != '\0' && text.Contains(' ', StringComparison.Ordinal) ? text.Replace(' ', space) : text;
    }

    /// <summary>The character <c>space</c> asks for: <c>ensp</c> U+2002, <c>emsp</c> U+2003, <c>nbsp</c> U+00A0, else <c>'\0'</c>.</summary>
    public static char SpaceOf(string? value) => value switch
    {
        "ensp" => '\u2002',
        "emsp" => '\u2003',
        "nbsp" => '\u00a0',
        _ => '\0',
    };

    private void Rewrite(int child, bool decode, char space)
    {
        var current = _store.Text(child) ?? string.Empty;
        var generation = _store.Generation[child];
        if (_shown.TryGetValue(child, out var known) && known.Generation == generation && string.Equals(known.Shown, current, StringComparison.Ordinal))
        {
            return; // still what we showed
        }

        var shown = Transform(current, decode, space);
        _shown[child] = (generation, shown);
        if (!string.Equals(shown, current, StringComparison.Ordinal))
        {
            _batch.SetText(_store.Handle[child], shown);
        }
    }

    private static string Decode(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '&' && Entity(raw.AsSpan(i), out var ch, out var length))
            {
                builder.Append(ch);
                i += length - 1;
            }
            else
            {
                builder.Append(raw[i]);
            }
        }

        return builder.ToString();
    }

    private static bool Entity(ReadOnlySpan<char> at, out char ch, out int length)
    {
        ReadOnlySpan<(string Name, char Char)> entities =
        [
            ("&nbsp;", '\u00a0'), ("&lt;", '<'), ("&gt;", '>'), ("&amp;", '&'), ("&apos;", '\''), ("&ensp;", '\u2002'), ("&emsp;", '\u2003'),
        ];
        foreach (var (name, c) in entities)
        {
            if (at.StartsWith(name, StringComparison.Ordinal))
            {
                (ch, length) = (c, name.Length);
                return true;
            }
        }

        (ch, length) = ('\0', 0);
        return false;
    }
}
