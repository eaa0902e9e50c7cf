using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Sparrow.Host.Conformance.Suites.Text;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>The text suite through <see cref="Sparrow.Host.Conformance.IConformanceSuite"/>: all of it, and a slice with broken expectations.</summary>
public sealed class TextSuiteTests
{
    [Fact]
    public void Every_case_runs_in_a_named_feature_and_only_listed_cases_fail()
    {
        var result = ConformanceSlice.RunReal(new TextSuite());
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(ConformanceSlice.Real, "text", "cases.json")))!.AsArray().Count;

        Assert.Equal(cases, result.Cases.Count);
        Assert.True(result.Cases.Count >= 100, $"only {result.Cases.Count} cases");
        Assert.DoesNotContain(result.Cases, c => c.Feature == "other");
        ConformanceSlice.AssertClean(result);
    }

    [Fact]
    public void A_broken_expectation_is_a_regression_with_the_measurements_and_a_listed_one_is_known()
    {
        var real = Path.Combine(ConformanceSlice.Real, "text");
        var names = new[] { "latin_sentence_w200", "chinese_w200", "ellipsis_latin_nowrap_w150" };
        var cases = new JsonArray([.. JsonNode.Parse(File.ReadAllText(Path.Combine(real, "cases.json")))!.AsArray().Where(c => names.Contains((string)c!["name"]!)).Select(c => c!.DeepClone())]);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(real, "expected.json")))!;
        var kept = new JsonArray([.. expected["cases"]!.AsArray().Where(c => names.Contains((string)c!["name"]!)).Select(c => c!.DeepClone())]);
        kept.Single(c => (string)c!["name"]! == "latin_sentence_w200")!["lineCount"] = 3;
        kept.Single(c => (string)c!["name"]! == "chinese_w200")!["height"] = 100;
        using var slice = new ConformanceSlice();
        slice.Write("text/cases.json", cases.ToJsonString());
        slice.Write("text/expected.json", new JsonObject { ["cases"] = kept }.ToJsonString());
        slice.Write("text/known-failures.txt", "chinese_w200 | deliberately broken\n");

        var result = slice.Run(new TextSuite());

        Assert.Equal(3, result.Cases.Count);
        var regression = Assert.Single(result.Regressions);
        Assert.Equal("latin_sentence_w200", regression.Id);
        Assert.Equal("latin", regression.Feature);
        Assert.StartsWith("lines 3 (widths 161.625, 198.25)\n", regression.Expected, StringComparison.Ordinal);
        Assert.StartsWith("lines 2 (widths ", regression.Actual, StringComparison.Ordinal);
        Assert.Contains("height 38", regression.Actual, StringComparison.Ordinal);
        Assert.StartsWith("lines expected 3 actual 2", regression.Detail, StringComparison.Ordinal);
        Assert.Contains("within 0.5 px", regression.Detail, StringComparison.Ordinal);
        var known = result.Cases.Single(c => c.Id == "chinese_w200");
        Assert.False(known.Passed);
        Assert.Equal("chinese", known.Feature);
        Assert.Contains("height expected 100 actual", known.Detail, StringComparison.Ordinal);
        var cut = result.Cases.Single(c => c.Id == "ellipsis_latin_nowrap_w150");
        Assert.True(cut.Passed, cut.Detail);
        Assert.Equal("ellipsis and clamp", cut.Feature);
        Assert.Contains("width not compared (cut text)", cut.Detail, StringComparison.Ordinal);

        var html = slice.Html(result);
        Assert.Contains("<h3>latin: 0/1 pass</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>chinese: 0/1 pass</h3>", html, StringComparison.Ordinal);
        Assert.Contains("known failure: deliberately broken", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("line_clamp_3_chinese_w150", "ellipsis and clamp")]
    [InlineData("chinese_punctuation_kinsoku_w96", "chinese")]
    [InlineData("pre_wrap_chinese_w100", "white-space")]
    [InlineData("korean_w100", "other scripts")]
    [InlineData("something_new", "other")]
    public void The_feature_comes_from_the_first_matching_name_prefix(string name, string feature) =>
        Assert.Equal(feature, TextFeatures.Of(name));
}
