using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Conformance.Suites.Css;

/// <summary>
/// rpx and @import against the official wcsc (conformance/css/wcsc): for each case and window width,
/// our reading of the WXSS (imports resolved by the engine's <see cref="PackageWxssResolver"/> over the
/// case's files, rpx turned to px) must declare exactly what our reading of wcsc's output CSS declares,
/// rule by rule. Case ids are <c>wcsc/&lt;name&gt;@&lt;width&gt;</c>, the feature <c>wcsc/rpx</c> or <c>wcsc/import</c>.
/// </summary>
internal static class CssWcscCases
{
    public static IEnumerable<CaseOutcome> Run(string dir, string artifacts)
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "cases.json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        foreach (var c in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString()!;
            var feature = "wcsc/" + name[..Math.Max(0, name.IndexOf('_', StringComparison.Ordinal))];
            var entry = c.GetProperty("entry").GetString()!;
            var package = WriteFiles(c.GetProperty("files"), Path.Combine(artifacts, "wcsc", name));
            var resolver = new PackageWxssResolver(package);
            var source = File.ReadAllText(Path.Combine(package, entry));
            foreach (var w in cases.RootElement.GetProperty("widths").EnumerateArray())
            {
                var width = w.GetSingle();
                var id = string.Create(CultureInfo.InvariantCulture, $"wcsc/{name}@{width}");
                if (!expected.RootElement.TryGetProperty(name, out var byWidth) || !byWidth.TryGetProperty(w.GetRawText(), out var oracle))
                {
                    yield return new CaseOutcome(id, feature, false, "(no expectation: run tools/generate-wcsc.mjs)", "(not run)");
                    continue;
                }

                var want = oracle.TryGetProperty("css", out var css)
                    ? Dump(WxssReader.Read(css.GetString()!, "wcsc-output.css", new AtomTable(), new DiagnosticBag()), width)
                    : "error: " + oracle.GetProperty("error").GetString();
                var ours = Dump(WxssReader.Read(source, entry, new AtomTable(), new DiagnosticBag(), resolver), width);

                // The oracle's output must read as rules, or the comparison would pass on two empty dumps.
                var passed = want == ours && want.Contains('{', StringComparison.Ordinal);
                yield return new CaseOutcome(id, feature, passed, want, ours, "wcsc output at window width " + w.GetRawText() + " px, read back as rules");
            }
        }
    }

    /// <summary>One line per rule: media, selector, then each declaration with rpx resolved at <paramref name="width"/>.</summary>
    internal static string Dump(StyleSheet sheet, float width)
    {
        var sb = new StringBuilder();
        foreach (var r in sheet.Rules)
        {
            foreach (var m in r.Media)
            {
                sb.Append("@media ").Append(m.Text).Append(' ');
            }

            sb.Append(r.SelectorText).Append(" {");
            foreach (var d in r.Declarations)
            {
                var v = Rpx.Resolve(d.Value, width);
                sb.Append(' ').Append(d.CustomName ?? d.Property!.Name).Append(": ").Append(v.ToCss()).Append(d.Important ? " !important;" : ";");
            }

            sb.Append(" }\n");
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Writes the case's files as a package folder, so @import goes through the engine's own resolver.</summary>
    private static string WriteFiles(JsonElement files, string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        foreach (var file in files.EnumerateObject())
        {
            var path = Path.Combine(dir, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Value.GetString());
        }

        return dir;
    }
}
