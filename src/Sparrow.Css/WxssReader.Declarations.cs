using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

public sealed partial class WxssReader
{
    /// <summary>
    /// §5.4.5 Consume a list of declarations over [start, end): each valid declaration is parsed by
    /// its property's grammar; an invalid one is dropped with a warning, the rest are kept.
    /// </summary>
    private void ReadDeclarations(int start, int end, List<CssDeclaration> output)
    {
        foreach (var (rawName, s, e) in SplitDeclarations(start, end))
        {
            var (vs, ve) = Trim(s, e);
            var important = false;

            // "!important" is the last two non-whitespace tokens (§5.4.6 step 5).
            var k = ve - 1;
            if (k > vs && _t[k].IsIdent("important"))
            {
                var bang = k - 1;
                while (bang > vs && _t[bang].Kind == CssTokenKind.Whitespace)
                {
                    bang--;
                }

                if (_t[bang].IsDelim('!'))
                {
                    important = true;
                    (vs, ve) = Trim(vs, bang);
                }
            }

            var value = _t.AsSpan(vs, ve - vs);
            var offset = s < _t.Length ? _t[Math.Max(start, s - 1)].Start : 0;
            if (rawName.StartsWith("--", StringComparison.Ordinal))
            {
                // CSS Variables 1 §2: any balanced token sequence is a valid custom property value.
                output.Add(new CssDeclaration(null, CssValue.Raw(CssValueParser.Normalize(value, _source)), important, rawName));
                continue;
            }

            var name = rawName.ToLowerInvariant();
            var expanded = new List<(CssProperty, CssValue)>();
            var isShorthand = CssShorthands.TryExpand(name, value, _source, expanded, out var valid);
            if (!isShorthand)
            {
                var property = CssProperties.Find(name) ?? FindAlias(name);
                if (property is null)
                {
                    _sheet.UnsupportedProperties.Add(name);
                    continue;
                }

                valid = CssValueParser.TryParse(property, value, _source, out var v);
                if (valid)
                {
                    output.Add(new CssDeclaration(property, v, important));
                }
            }
            else if (valid)
            {
                var pending = CssValueParser.ContainsSubstitution(value) ? name : null;
                foreach (var (p, v) in expanded)
                {
                    output.Add(new CssDeclaration(p, v, important, PendingShorthand: pending));
                }
            }

            if (!valid)
            {
                Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.InvalidValue, offset,
                    $"invalid value '{CssValueParser.Normalize(value, _source)}' for '{name}'; the declaration was dropped");
            }
        }
    }

    /// <summary>Chromium keeps -webkit- aliases of standard properties (css_properties.json5 "alias_for"); so do we.</summary>
    private static CssProperty? FindAlias(string name) =>
        name.StartsWith("-webkit-", StringComparison.Ordinal) ? CssProperties.Find(name["-webkit-".Length..]) : null;

    /// <summary>Splits a block's contents into <c>name: value</c> entries; malformed entries are reported and skipped.</summary>
    private List<(string Name, int Start, int End)> SplitDeclarations(int start, int end)
    {
        var result = new List<(string, int, int)>();
        var i = start;
        while (i < end)
        {
            var t = _t[i];
            if (t.Kind is CssTokenKind.Whitespace or CssTokenKind.Semicolon)
            {
                i++;
                continue;
            }

            // Find the end of this declaration: the next ';' outside any block.
            var declEnd = i;
            while (declEnd < end && _t[declEnd].Kind != CssTokenKind.Semicolon)
            {
                declEnd = SkipComponent(declEnd, end);
            }

            if (t.Kind == CssTokenKind.AtKeyword)
            {
                Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.UnsupportedAtRule, t.Start, $"@{t.Value} inside a declaration block was skipped");
            }
            else if (t.Kind != CssTokenKind.Ident)
            {
                Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.SyntaxError, t.Start, $"'{CssValueParser.Normalize(_t.AsSpan(i, declEnd - i), _source)}' is not a declaration and was dropped");
            }
            else
            {
                var colon = i + 1;
                while (colon < declEnd && _t[colon].Kind == CssTokenKind.Whitespace)
                {
                    colon++;
                }

                if (colon >= declEnd || _t[colon].Kind != CssTokenKind.Colon)
                {
                    Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.SyntaxError, t.Start, $"declaration '{t.Value}' has no ':' and was dropped");
                }
                else if (Trim(colon + 1, declEnd) is var (vs, ve) && vs == ve && !t.Value.StartsWith("--", StringComparison.Ordinal))
                {
                    Report(DiagnosticSeverity.Warning, CssDiagnosticCodes.InvalidValue, t.Start, $"declaration '{t.Value}' has no value and was dropped");
                }
                else
                {
                    result.Add((t.Value, colon + 1, declEnd));
                }
            }

            i = declEnd + 1;
        }

        return result;
    }
}
