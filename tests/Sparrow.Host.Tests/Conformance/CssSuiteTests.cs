using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Sparrow.Host.Conformance.Suites.Css;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>The css suite through <see cref="Sparrow.Host.Conformance.IConformanceSuite"/>: all of it, and a slice with broken expectations.</summary>
public sealed class CssSuiteTests
{
    private const string Weui = "weui-miniprogram";

    [Fact]
    public void Every_case_of_the_three_parts_runs_and_only_listed_cases_fail()
    {
        var result = ConformanceSlice.RunReal(new CssSuite());

        // Lower bounds, so a suite that silently lost its data fails: 204 computed cases, 25 wcsc cases at 2 widths, 302 corpus files.
        Assert.True(result.Cases.Count(c => c.Id.StartsWith("computed/", StringComparison.Ordinal)) >= 200);
        Assert.True(result.Cases.Count(c => c.Id.StartsWith("wcsc/", StringComparison.Ordinal)) >= 50);
        Assert.True(result.Cases.Count(c => c.Id.StartsWith("corpus/", StringComparison.Ordinal)) >= 300);
        var features = result.Cases.Select(c => c.Feature).ToHashSet();
        foreach (var feature in new[] { "computed/selectors", "computed/calc", "wcsc/rpx", "wcsc/import", "corpus/tdesign-miniprogram", "corpus/@vant/weapp", "corpus/weui-miniprogram", "corpus/report" })
        {
            Assert.Contains(feature, features);
        }

        ConformanceSlice.AssertClean(result);
    }

    [Fact]
    public void A_broken_expectation_is_a_regression_with_the_property_values_and_a_listed_one_is_known()
    {
        using var slice = new ConformanceSlice();
        WriteComputed(slice);
        WriteWcsc(slice);
        var files = new[] { "miniprogram_dist/cell/cell.wxss", "miniprogram_dist/dialog/dialog.wxss" };
        slice.Write("css/corpus/manifest.json", new JsonObject { ["packages"] = new JsonArray(new JsonObject { ["name"] = Weui, ["version"] = "1.5.6", ["files"] = new JsonArray([.. files.Select(f => (JsonNode)f)]) }) }.ToJsonString());
        foreach (var file in files)
        {
            slice.Copy($"packages/node_modules/{Weui}/{file}");
        }

        slice.Write("css/known-failures.txt", "computed/selectors/selector_01 | deliberately broken\ncorpus/unsupported-properties.md | the slice's report is not the committed one\n");

        var result = slice.Run(new CssSuite());

        Assert.Equal(["computed/selectors/selector_00", "computed/selectors/selector_01", "wcsc/rpx_basic@375", "wcsc/import_simple@375", $"corpus/{Weui}/{files[0]}", $"corpus/{Weui}/{files[1]}", "corpus/unsupported-properties.md"], result.Cases.Select(c => c.Id).ToArray());
        var regression = Assert.Single(result.Regressions);
        Assert.Equal("computed/selectors/selector_00", regression.Id);
        Assert.Equal("computed/selectors", regression.Feature);
        Assert.Contains("#a1 color: rgb(1, 2, 3) *", regression.Expected, StringComparison.Ordinal);
        Assert.Contains("#a1 color: rgb(10, 20, 30) *", regression.Actual, StringComparison.Ordinal);
        Assert.Contains("#root color: rgb(0, 0, 0)\n", regression.Actual, StringComparison.Ordinal);
        Assert.True(result.Cases.Where(c => c.Id.StartsWith("wcsc/", StringComparison.Ordinal) || c.Id.StartsWith("corpus/" + Weui, StringComparison.Ordinal)).All(c => c.Passed));
        Assert.Equal(["computed/selectors/selector_01", "corpus/unsupported-properties.md"], result.Cases.Where(c => !c.Passed && result.Known.Reasons.ContainsKey(c.Id)).Select(c => c.Id).ToArray());

        var html = slice.Html(result);
        Assert.Contains("<h3>computed/selectors: 0/2 pass</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>wcsc/import: 1/1 pass</h3>", html, StringComparison.Ordinal);
        Assert.Contains("known failure: deliberately broken", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10px", "10.004px", true)]
    [InlineData("10px", "10.02px", false)]
    [InlineData("rgb(1, 2, 3)", "rgb(1, 2, 3)", true)]
    [InlineData("1px solid", "1px dashed", false)]
    public void Values_match_as_text_with_numbers_within_a_hundredth(string expected, string actual, bool match) =>
        Assert.Equal(match, CssComputedCases.ValuesMatch(expected, actual));

    private static void WriteComputed(ConformanceSlice slice)
    {
        var real = Path.Combine(ConformanceSlice.Real, "css", "computed");
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(real, "cases.json")))!;
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(real, "expected.json")))!;
        var names = new[] { "selectors/selector_00", "selectors/selector_01" };
        var kept = new JsonObject();
        foreach (var name in names)
        {
            kept[name] = expected[name]!.DeepClone();
            kept[name]![1] = "rgb(1, 2, 3)";
        }

        slice.Write("css/computed/cases.json", new JsonObject
        {
            ["viewport"] = cases["viewport"]!.DeepClone(),
            ["cases"] = new JsonArray([.. cases["cases"]!.AsArray().Where(c => names.Contains((string)c!["name"]!)).Select(c => c!.DeepClone())]),
        }.ToJsonString());
        slice.Write("css/computed/expected.json", kept.ToJsonString());
    }

    private static void WriteWcsc(ConformanceSlice slice)
    {
        var real = Path.Combine(ConformanceSlice.Real, "css", "wcsc");
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(real, "cases.json")))!;
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(real, "expected.json")))!;
        var names = new[] { "rpx_basic", "import_simple" };
        slice.Write("css/wcsc/cases.json", new JsonObject
        {
            ["widths"] = new JsonArray(375),
            ["cases"] = new JsonArray([.. cases["cases"]!.AsArray().Where(c => names.Contains((string)c!["name"]!)).Select(c => c!.DeepClone())]),
        }.ToJsonString());
        slice.Write("css/wcsc/expected.json", new JsonObject { ["rpx_basic"] = expected["rpx_basic"]!.DeepClone(), ["import_simple"] = expected["import_simple"]!.DeepClone() }.ToJsonString());
    }
}
