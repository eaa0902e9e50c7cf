using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Sparrow.Core;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Css.Tests.Conformance;

/// <summary>
/// rpx and @import against the official wcsc (conformance/css/wcsc): for each case and window
/// width, our reading of the WXSS (imports resolved, rpx turned to px) must declare exactly what our
/// reading of wcsc's output CSS declares, rule by rule.
/// </summary>
public class WcscConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Wcsc_rpx_and_import_cases()
    {
        var dir = Path.Combine(ConformancePaths.Suite, "wcsc");
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "cases.json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var report = new ConformanceReport("wcsc", output);
        foreach (var c in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString()!;
            var files = c.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            var entry = c.GetProperty("entry").GetString()!;
            foreach (var w in cases.RootElement.GetProperty("widths").EnumerateArray())
            {
                var width = w.GetSingle();
                var oracle = expected.RootElement.GetProperty(name).GetProperty(w.GetRawText());
                var want = oracle.TryGetProperty("css", out var css)
                    ? Dump(WxssReader.Read(css.GetString()!, "wcsc-output.css", new AtomTable(), new DiagnosticBag()), width)
                    : "error: " + oracle.GetProperty("error").GetString();
                var ours = Dump(WxssReader.Read(files[entry], entry, new AtomTable(), new DiagnosticBag(), new DictionaryResolver(files)), width);
                report.Check($"{name}@{width}", want, ours);
                Assert.True(want.Length > 0 && want.Contains('{', System.StringComparison.Ordinal), $"{name}: the oracle's output read as no rules");
            }
        }

        output.WriteLine("sample (rpx_basic@414): " + Dump(WxssReader.Read(".a{width:100rpx;height:200rpx}", "x.wxss", new AtomTable(), new DiagnosticBag()), 414));
        report.Finish(minimumCases: 40);
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

            sb.Append(" } ");
        }

        return sb.ToString().TrimEnd();
    }
}
