using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;

namespace Sparrow.Host.Conformance.Suites.Css;

/// <summary>
/// Computed values against headless Chromium's getComputedStyle (conformance/css/computed): each
/// case's tree is built in a node store through typed ops, styled with the case's stylesheet and no
/// UA sheet, and every queried value must equal Chromium's as text, numbers within
/// <see cref="NumberTolerance"/>. Case ids are <c>computed/&lt;group&gt;/&lt;name&gt;</c>, the feature
/// <c>computed/&lt;group&gt;</c> (selectors, cascade, inheritance, units, var, calc, shorthands, keywords).
/// </summary>
internal static partial class CssComputedCases
{
    public const double NumberTolerance = 0.01;

    public static IEnumerable<CaseOutcome> Run(string dir)
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "cases.json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var viewport = cases.RootElement.GetProperty("viewport");
        var env = new StyleEnvironment(viewport.GetProperty("width").GetSingle(), viewport.GetProperty("height").GetSingle());
        foreach (var c in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString()!;
            var id = "computed/" + name;
            var feature = "computed/" + (name.Contains('/', StringComparison.Ordinal) ? name[..name.IndexOf('/', StringComparison.Ordinal)] : "other");
            if (!expected.RootElement.TryGetProperty(name, out var values))
            {
                yield return new CaseOutcome(id, feature, false, "(no expectation: run tools/generate-chromium.mjs)", "(not run)");
                continue;
            }

            var want = values.EnumerateArray().Select(v => v.GetString() ?? "<missing>").ToArray();
            var got = Compute(c, env);
            var queries = c.GetProperty("queries").EnumerateArray().Select(q => $"#{q[0].GetString()} {q[1].GetString()}").ToArray();
            var same = want.Length == got.Length && want.Zip(got).All(p => ValuesMatch(p.First, p.Second));
            yield return new CaseOutcome(id, feature, same, Lines(queries, want, got), Lines(queries, got, want), "stylesheet: " + c.GetProperty("css").GetString());
        }
    }

    /// <summary>One query per line; <c>*</c> marks a value that does not match the other side.</summary>
    private static string Lines(string[] queries, string[] values, string[] other) =>
        string.Join('\n', queries.Select((q, i) =>
        {
            var value = i < values.Length ? values[i] : "<none>";
            var ok = i < other.Length && ValuesMatch(value, other[i]);
            return $"{q}: {value}{(ok ? string.Empty : " *")}";
        }));

    private static string[] Compute(JsonElement c, StyleEnvironment env)
    {
        var atoms = new AtomTable();
        var store = new NodeStore(atoms);
        var bag = new DiagnosticBag();
        var cascade = new Cascade(atoms, env, bag) { UseUserAgentStyles = false };
        cascade.AddStyleSheet(c.GetProperty("css").GetString()!, "case.css");
        var batch = new OpBatch();
        var ids = new Dictionary<string, uint>(StringComparer.Ordinal);
        uint next = 2;

        // The page root stands for <html>; give it <head> and <body> so structural selectors see what Chromium sees.
        var head = atoms.Intern("head");
        var body = atoms.Intern("body");
        batch.CreateElement(next, head, head);
        batch.AppendChild(NodeStore.RootHandle, next++);
        var bodyHandle = next++;
        batch.CreateElement(bodyHandle, body, body);
        batch.AppendChild(NodeStore.RootHandle, bodyHandle);
        Build(c.GetProperty("tree"), bodyHandle, batch, atoms, ids, ref next);
        store.Apply(batch, bag);
        cascade.Apply(store);
        return c.GetProperty("queries").EnumerateArray().Select(q =>
        {
            var property = CssProperties.Find(q[1].GetString()!);
            return property is null || !ids.TryGetValue(q[0].GetString()!, out var h)
                ? "<unsupported>"
                : cascade.Styles.Serialize(property, store.Resolve(h).Index);
        }).ToArray();
    }

    private static void Build(JsonElement n, uint parent, OpBatch batch, AtomTable atoms, Dictionary<string, uint> ids, ref uint next)
    {
        var h = next++;
        var tag = atoms.Intern(n.GetProperty("tag").GetString()!);
        batch.CreateElement(h, tag, tag);
        foreach (var a in n.GetProperty("attrs").EnumerateObject())
        {
            var v = a.Value.GetString()!;
            switch (a.Name)
            {
                case "id":
                    batch.SetId(h, v);
                    ids[v] = h;
                    break;
                case "class":
                    foreach (var cls in v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        batch.AddClass(h, atoms.Intern(cls));
                    }

                    break;
                case "style":
                    batch.SetStyle(h, v);
                    break;
                default:
                    batch.SetAttribute(h, atoms.Intern(a.Name), v);
                    break;
            }
        }

        batch.AppendChild(parent, h);
        foreach (var child in n.GetProperty("children").EnumerateArray())
        {
            Build(child, h, batch, atoms, ids, ref next);
        }
    }

    /// <summary>Equal text, or equal once every number is compared within <see cref="NumberTolerance"/> (float vs double rounding).</summary>
    internal static bool ValuesMatch(string expected, string actual)
    {
        if (expected == actual)
        {
            return true;
        }

        var e = NumberPattern().Split(expected);
        var a = NumberPattern().Split(actual);
        if (e.Length != a.Length)
        {
            return false;
        }

        for (var i = 0; i < e.Length; i++)
        {
            if (i % 2 == 0 ? e[i] != a[i] : Math.Abs(double.Parse(e[i], CultureInfo.InvariantCulture) - double.Parse(a[i], CultureInfo.InvariantCulture)) > NumberTolerance)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)")]
    private static partial Regex NumberPattern();
}
