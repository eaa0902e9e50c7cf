using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// Reads WXSS into a <see cref="StyleSheet"/> following CSS Syntax Level 3 §5 ("Parsing") with the
/// error recovery browsers use: a bad declaration drops that declaration (§5.4.5), a bad selector
/// drops its rule (Selectors 4 §3.1), an unknown at-rule is skipped whole. <c>@import</c> is
/// resolved through <see cref="IWxssImportResolver"/> and inlined where it stands, each file once,
/// as the official wcsc does. Entry point: <see cref="Read"/>.
/// </summary>
public sealed partial class WxssReader
{
    private readonly AtomTable _atoms;
    private readonly IDiagnosticSink _diagnostics;
    private readonly IWxssImportResolver? _resolver;
    private readonly StyleSheet _sheet;
    private readonly HashSet<string> _reading = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly List<(string File, int Occurrence)> _ruleOrigins = [];
    private readonly List<MediaQueryList> _mediaStack = [];
    private int _order;

    // Per file being read (imports nest).
    private string _source = string.Empty;
    private string _path = string.Empty;
    private CssToken[] _t = [];
    private LineMap _lines = new(string.Empty, string.Empty);
    private int _occurrence;

    private WxssReader(string path, AtomTable atoms, IDiagnosticSink diagnostics, IWxssImportResolver? resolver)
    {
        _atoms = atoms;
        _diagnostics = diagnostics;
        _resolver = resolver;
        _sheet = new StyleSheet(path);
    }

    /// <summary>Parses <paramref name="source"/> (the file at <paramref name="path"/>). Never throws on bad input.</summary>
    public static StyleSheet Read(string source, string path, AtomTable atoms, IDiagnosticSink diagnostics, IWxssImportResolver? resolver = null)
    {
        var reader = new WxssReader(path, atoms, diagnostics, resolver);
        reader.ReadFile(path, source);
        reader.KeepLastImports();
        foreach (var name in reader._sheet.UnsupportedProperties)
        {
            diagnostics.Report(Diagnostic.Warning(CssDiagnosticCodes.UnsupportedProperty, $"property '{name}' is not supported and was ignored", SourceLocation.InFile(path)));
        }

        return reader._sheet;
    }

    /// <summary>Parses the value of a <c>style</c> attribute (a declaration list, CSS Style Attributes §2).</summary>
    public static List<CssDeclaration> ReadInlineStyle(string source, AtomTable atoms, IDiagnosticSink diagnostics)
    {
        var reader = new WxssReader("<style attribute>", atoms, diagnostics, null);
        reader.Load("<style attribute>", source);
        var list = new List<CssDeclaration>();
        reader.ReadDeclarations(0, reader._t.Length, list);
        return list;
    }

    private void ReadFile(string path, string source)
    {
        var saved = (_source, _path, _t, _lines, _occurrence);
        _reading.Add(path);
        _occurrence = _occurrences[path] = _occurrences.GetValueOrDefault(path) + 1;
        Load(path, source);
        ReadRuleList(0, _t.Length, topLevel: true);
        _reading.Remove(path);
        (_source, _path, _t, _lines, _occurrence) = saved;
    }

    /// <summary>
    /// A file imported more than once keeps only its last occurrence: what the official wcsc
    /// outputs (conformance/css/wcsc, case import_diamond). Orders are renumbered afterwards.
    /// </summary>
    private void KeepLastImports()
    {
        var kept = new List<StyleRule>(_sheet.Rules.Count);
        for (var i = 0; i < _sheet.Rules.Count; i++)
        {
            var (file, occurrence) = _ruleOrigins[i];
            if (_occurrences[file] == occurrence)
            {
                kept.Add(_sheet.Rules[i] with { Order = kept.Count });
            }
        }

        _sheet.Rules.Clear();
        _sheet.Rules.AddRange(kept);
    }

    private void Load(string path, string source)
    {
        _source = source;
        _path = path;
        _lines = new LineMap(path, source);
        var list = new List<CssToken>();
        var reader = new CssTokenReader(source);
        while (true)
        {
            var t = reader.Read();
            if (t.Kind == CssTokenKind.Eof)
            {
                break;
            }

            list.Add(t);
        }

        _t = [.. list];
    }

    /// <summary>§5.4.1 Consume a list of rules, over tokens [start, end).</summary>
    private void ReadRuleList(int start, int end, bool topLevel)
    {
        var i = start;
        while (i < end)
        {
            var t = _t[i];
            switch (t.Kind)
            {
                case CssTokenKind.Whitespace:
                case CssTokenKind.Cdo when topLevel:
                case CssTokenKind.Cdc when topLevel:
                case CssTokenKind.Semicolon:
                    i++;
                    continue;
                case CssTokenKind.AtKeyword:
                    i = ReadAtRule(i, end);
                    continue;
                default:
                    // A stray '}' at the top level starts a qualified rule's prelude (§5.4.1), so the
                    // rule after it is dropped as an invalid selector, as in browsers.
                    i = ReadQualifiedRule(i, end);
                    continue;
            }
        }
    }

    /// <summary>§5.4.3 Consume a qualified rule: prelude up to a {} block; at EOF without a block the rule is dropped.</summary>
    private int ReadQualifiedRule(int i, int end)
    {
        var preludeStart = i;
        while (i < end && _t[i].Kind != CssTokenKind.LeftBrace)
        {
            i = SkipComponent(i, end);
        }

        if (i >= end)
        {
            Report(DiagnosticSeverity.Error, CssDiagnosticCodes.SyntaxError, _t[preludeStart].Start, "a rule has no {} block and was dropped");
            return end;
        }

        var blockEnd = MatchingBrace(i, end);
        var prelude = Trim(preludeStart, i);
        var selectors = SelectorParser.Parse(_t.AsSpan(prelude.Start, prelude.End - prelude.Start), _source, _atoms, out var error);
        if (selectors is null)
        {
            Report(DiagnosticSeverity.Error, CssDiagnosticCodes.InvalidSelector, _t[preludeStart].Start,
                $"invalid selector '{CssValueParser.Normalize(_t.AsSpan(prelude.Start, prelude.End - prelude.Start), _source)}' ({error}); the rule was dropped");
        }
        else
        {
            var declarations = new List<CssDeclaration>();
            ReadDeclarations(i + 1, blockEnd, declarations);
            var text = CssValueParser.Normalize(_t.AsSpan(prelude.Start, prelude.End - prelude.Start), _source);
            _sheet.Rules.Add(new StyleRule(selectors, [.. declarations], [.. _mediaStack], _order++, text));
            _ruleOrigins.Add((_path, _occurrence));
        }

        return Math.Min(blockEnd + 1, end);
    }

    /// <summary>Index after the component value starting at <paramref name="i"/> (a block or function counts whole).</summary>
    private int SkipComponent(int i, int end)
    {
        var k = _t[i].Kind;
        if (k is CssTokenKind.Function or CssTokenKind.LeftParen or CssTokenKind.LeftBracket or CssTokenKind.LeftBrace)
        {
            return Math.Min(MatchingBrace(i, end) + 1, end);
        }

        return i + 1;
    }

    /// <summary>Index of the token closing the block opened at <paramref name="open"/>, or <paramref name="end"/> when unclosed (EOF closes blocks, §5.4.8).</summary>
    private int MatchingBrace(int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (_t[i].Kind)
            {
                case CssTokenKind.Function:
                case CssTokenKind.LeftParen:
                case CssTokenKind.LeftBracket:
                case CssTokenKind.LeftBrace:
                    depth++;
                    break;
                case CssTokenKind.RightParen:
                case CssTokenKind.RightBracket:
                case CssTokenKind.RightBrace:
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return end;
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && _t[start].Kind == CssTokenKind.Whitespace)
        {
            start++;
        }

        while (end > start && _t[end - 1].Kind == CssTokenKind.Whitespace)
        {
            end--;
        }

        return (start, end);
    }

    private void Report(DiagnosticSeverity severity, string code, int offset, string message) =>
        _diagnostics.Report(new Diagnostic(severity, code, message, _lines.At(offset)));
}
