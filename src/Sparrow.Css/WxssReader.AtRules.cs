using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

public sealed partial class WxssReader
{
    /// <summary>§5.4.2 Consume an at-rule: prelude up to ';' or a {} block.</summary>
    private int ReadAtRule(int i, int end)
    {
        var at = _t[i];
        var name = at.Value.ToLowerInvariant();
        var preludeStart = i + 1;
        var j = preludeStart;
        while (j < end && _t[j].Kind is not (CssTokenKind.Semicolon or CssTokenKind.LeftBrace))
        {
            j = SkipComponent(j, end);
        }

        var prelude = Trim(preludeStart, j);
        var preludeSpan = _t.AsSpan(prelude.Start, prelude.End - prelude.Start);
        var hasBlock = j < end && _t[j].Kind == CssTokenKind.LeftBrace;
        var blockEnd = hasBlock ? MatchingBrace(j, end) : j;
        var next = Math.Min(blockEnd + 1, end);

        switch (name)
        {
            case "import" when !hasBlock:
                ReadImport(at, preludeSpan);
                break;
            case "charset" when !hasBlock:
                break;
            case "media" when hasBlock:
            {
                var problems = new List<string>();
                var media = MediaQueryParser.Parse(preludeSpan, _source, problems);
                foreach (var p in problems)
                {
                    Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.UnsupportedMediaQuery, at.Start, p + "; that query never matches");
                }

                _mediaStack.Add(media);
                ReadRuleList(j + 1, blockEnd, topLevel: false);
                _mediaStack.RemoveAt(_mediaStack.Count - 1);
                break;
            }

            // Conditional rules we cannot evaluate are read as if their condition held: every
            // feature mini-program code tests with @supports (env(), sticky, gap) is supported here.
            case "supports" when hasBlock:
                ReadRuleList(j + 1, blockEnd, topLevel: false);
                break;
            case "keyframes" or "-webkit-keyframes" when hasBlock:
                ReadKeyframes(preludeSpan, j + 1, blockEnd);
                break;
            case "font-face" when hasBlock:
            {
                var descriptors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (n, s, e) in SplitDeclarations(j + 1, blockEnd))
                {
                    descriptors[n] = CssValueParser.Normalize(_t.AsSpan(s, e - s), _source);
                }

                _sheet.FontFaces.Add(new FontFaceRule(descriptors));
                break;
            }

            default:
                Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.UnsupportedAtRule, at.Start, $"@{name} is not supported and was skipped");
                break;
        }

        return next;
    }

    private void ReadImport(CssToken at, ReadOnlySpan<CssToken> prelude)
    {
        if (prelude.Length == 0 || prelude[0].Kind is not (CssTokenKind.String or CssTokenKind.Url or CssTokenKind.Function))
        {
            Report(DiagnosticSeverity.Error, CssDiagnosticCodes.SyntaxError, at.Start, "@import needs a url");
            return;
        }

        var url = prelude[0].Value;
        if (prelude[0].Kind == CssTokenKind.Function)
        {
            // url("…") with a quoted string is a function token whose argument is the string.
            var inner = prelude.Length > 1 ? Trim2(prelude[1..]) : default;
            if (!prelude[0].Value.Equals("url", StringComparison.OrdinalIgnoreCase) || inner.Length == 0 || inner[0].Kind != CssTokenKind.String)
            {
                Report(DiagnosticSeverity.Error, CssDiagnosticCodes.SyntaxError, at.Start, "@import needs a url");
                return;
            }

            url = inner[0].Value;
        }

        if (_resolver is null || !_resolver.TryResolve(_path, url, out var resolved, out var content))
        {
            Report(DiagnosticSeverity.Error, CssDiagnosticCodes.ImportNotFound, at.Start, $"@import \"{url}\": no such file");
            return;
        }

        if (_reading.Contains(resolved))
        {
            Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.ImportNotFound, at.Start, $"@import \"{url}\" imports a file that is already being read (a cycle); skipped");
            return;
        }

        _sheet.Imports.Remove(resolved);
        _sheet.Imports.Add(resolved);
        ReadFile(resolved, content);
    }

    private static ReadOnlySpan<CssToken> Trim2(ReadOnlySpan<CssToken> t)
    {
        while (t.Length > 0 && t[0].Kind == CssTokenKind.Whitespace)
        {
            t = t[1..];
        }

        return t;
    }

    /// <summary>CSS Animations 1 §3: keyframe selectors are <c>from</c>, <c>to</c> or percentages; a bad one drops its block.</summary>
    private void ReadKeyframes(ReadOnlySpan<CssToken> prelude, int start, int end)
    {
        var name = prelude.Length == 1 && prelude[0].Kind is CssTokenKind.Ident or CssTokenKind.String ? prelude[0].Value : null;
        if (name is null)
        {
            Report(DiagnosticSeverity.Error, CssDiagnosticCodes.SyntaxError, _t[start - 1].Start, "@keyframes needs one name");
            return;
        }

        var frames = new List<(float[], CssDeclaration[])>();
        var i = start;
        while (i < end)
        {
            if (_t[i].Kind == CssTokenKind.Whitespace)
            {
                i++;
                continue;
            }

            var selStart = i;
            while (i < end && _t[i].Kind != CssTokenKind.LeftBrace)
            {
                i = SkipComponent(i, end);
            }

            if (i >= end)
            {
                break;
            }

            var blockEnd = MatchingBrace(i, end);
            var offsets = new List<float>();
            var ok = true;
            for (var k = selStart; k < i; k++)
            {
                var t = _t[k];
                if (t.Kind is CssTokenKind.Whitespace or CssTokenKind.Comma)
                {
                    continue;
                }

                if (t.IsIdent("from"))
                {
                    offsets.Add(0);
                }
                else if (t.IsIdent("to"))
                {
                    offsets.Add(1);
                }
                else if (t.Kind == CssTokenKind.Percentage && t.Number is >= 0 and <= 100)
                {
                    offsets.Add((float)(t.Number / 100));
                }
                else
                {
                    ok = false;
                }
            }

            if (ok && offsets.Count > 0)
            {
                var declarations = new List<CssDeclaration>();
                ReadDeclarations(i + 1, blockEnd, declarations);
                frames.Add(([.. offsets], [.. declarations]));
            }
            else
            {
                Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.InvalidSelector, _t[selStart].Start, "invalid keyframe selector; the keyframe was dropped");
            }

            i = Math.Min(blockEnd + 1, end);
        }

        _sheet.Keyframes.Add(new KeyframesRule(name, frames));
    }
}
