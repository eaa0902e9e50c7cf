using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Sparrow.Css;

internal sealed partial class CssComputer
{
    /// <summary>
    /// CSS Variables 1 §2.2–§2.3: custom properties inherit; declared ones replace inherited ones;
    /// var() inside them is substituted; a reference cycle makes every property in it invalid
    /// (guaranteed-invalid, i.e. absent). The parent's map is shared when nothing is declared.
    /// </summary>
    private Dictionary<string, string>? ResolveCustom(Dictionary<string, string>? declared, Dictionary<string, string>? inherited)
    {
        if (declared is null || declared.Count == 0)
        {
            return inherited;
        }

        var map = inherited is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        foreach (var (name, raw) in declared)
        {
            switch (raw.Trim().ToLowerInvariant())
            {
                case "initial":
                    map.Remove(name);
                    break;
                case "inherit":
                case "unset":
                    if (inherited is not null && inherited.TryGetValue(name, out var up))
                    {
                        map[name] = up;
                    }
                    else
                    {
                        map.Remove(name);
                    }

                    break;
                default:
                    map[name] = raw;
                    break;
            }
        }

        var resolving = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in declared.Keys)
        {
            ResolveOne(name, map, declared, resolving);
        }

        return map;
    }

    private void ResolveOne(string name, Dictionary<string, string> map, Dictionary<string, string> declared, HashSet<string> resolving)
    {
        if (!map.TryGetValue(name, out var raw) || !declared.ContainsKey(name) || !raw.Contains("var(", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!resolving.Add(name))
        {
            map.Remove(name);
            return;
        }

        var result = Substitute(raw, map, n =>
        {
            ResolveOne(n, map, declared, resolving);
            return !resolving.Contains(n) || !declared.ContainsKey(n) || !map.ContainsKey(n) ? map.GetValueOrDefault(n) : null;
        });
        resolving.Remove(name);
        if (result is null || !map.ContainsKey(name))
        {
            map.Remove(name);
        }
        else
        {
            map[name] = result;
        }
    }

    /// <summary>
    /// Substitutes <c>var(--x[, fallback])</c> and <c>env(safe-area-inset-*[, fallback])</c> in
    /// <paramref name="text"/>. Returns null when a reference has no value and no fallback.
    /// </summary>
    internal string? Substitute(string text, Dictionary<string, string>? custom, Func<string, string?>? lookup)
    {
        var tokens = new List<CssToken>();
        var reader = new CssTokenReader(text);
        for (var t = reader.Read(); t.Kind != CssTokenKind.Eof; t = reader.Read())
        {
            tokens.Add(t);
        }

        var sb = new StringBuilder();
        return SubstituteRange(text, tokens, 0, tokens.Count, custom, lookup, sb, 0) ? sb.ToString() : null;
    }

    private bool SubstituteRange(string text, List<CssToken> tokens, int start, int end, Dictionary<string, string>? custom, Func<string, string?>? lookup, StringBuilder sb, int depth)
    {
        if (depth > 32)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            var isVar = t.Kind == CssTokenKind.Function && t.Value.Equals("var", StringComparison.OrdinalIgnoreCase);
            var isEnv = t.Kind == CssTokenKind.Function && (t.Value.Equals("env", StringComparison.OrdinalIgnoreCase) || t.Value.Equals("constant", StringComparison.OrdinalIgnoreCase));
            if (!isVar && !isEnv)
            {
                sb.Append(text, t.Start, t.Length);
                continue;
            }

            var close = CssValueParser.BlockEnd(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), i);
            var j = i + 1;
            while (j < close && tokens[j].Kind == CssTokenKind.Whitespace)
            {
                j++;
            }

            if (j >= close || tokens[j].Kind != CssTokenKind.Ident)
            {
                return false;
            }

            var name = tokens[j].Value;
            var comma = j + 1;
            while (comma < close && tokens[comma].Kind == CssTokenKind.Whitespace)
            {
                comma++;
            }

            string? found = isVar ? (lookup is not null ? lookup(name) : custom?.GetValueOrDefault(name)) : EnvValue(name);
            if (found is not null)
            {
                // A value that is itself var() text (inherited from an unresolved parent) substitutes again.
                var inner = Substitute(found, custom, lookup);
                if (inner is null)
                {
                    return false;
                }

                sb.Append(inner);
            }
            else if (comma < close && tokens[comma].Kind == CssTokenKind.Comma)
            {
                if (!SubstituteRange(text, tokens, comma + 1, close, custom, lookup, sb, depth + 1))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            i = close;
        }

        return true;
    }

    /// <summary>CSS Environment Variables 1 §3: the safe-area insets of the window.</summary>
    private string? EnvValue(string name)
    {
        float? px = name.ToLowerInvariant() switch
        {
            "safe-area-inset-top" => _env.SafeAreaTop,
            "safe-area-inset-right" => _env.SafeAreaRight,
            "safe-area-inset-bottom" => _env.SafeAreaBottom,
            "safe-area-inset-left" => _env.SafeAreaLeft,
            _ => null,
        };
        return px is { } v ? v.ToString(CultureInfo.InvariantCulture) + "px" : null;
    }
}
