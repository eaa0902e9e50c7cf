using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Sparrow.Host.Conformance.Suites.Layout;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>The layout suite through <see cref="Sparrow.Host.Conformance.IConformanceSuite"/>: all of it, and a slice with broken expectations.</summary>
public sealed class LayoutSuiteTests
{
    private const string Grow = "flex/flex_grow_shares_free_space_by_ratio";

    [Fact]
    public void Every_fixture_runs_and_only_listed_fixtures_fail()
    {
        var result = ConformanceSlice.RunReal(new LayoutSuite());
        var fixtures = Directory.GetFiles(Path.Combine(ConformanceSlice.Real, "layout", "fixtures"), "*.html", SearchOption.AllDirectories).Length;

        Assert.Equal(fixtures, result.Cases.Count);
        Assert.True(result.Cases.Count > 700, $"only {result.Cases.Count} fixtures");
        Assert.Equal(["block", "flex", "inline", "position", "random"], result.Cases.Select(c => c.Feature).Distinct().Order(StringComparer.Ordinal).ToArray());
        ConformanceSlice.AssertClean(result);
    }

    [Fact]
    public void A_broken_expectation_is_a_regression_with_the_differing_box_and_a_listed_one_is_known()
    {
        using var slice = new ConformanceSlice();
        slice.Copy($"layout/fixtures/{Grow}.html");
        slice.Copy($"layout/fixtures/{Grow}.json");
        slice.Copy($"layout/fixtures/{Grow}.html", "layout/fixtures/flex/broken_width.html");
        slice.Write("layout/fixtures/flex/broken_width.json", Broken(child: 1, "width", 230));
        slice.Copy($"layout/fixtures/{Grow}.html", "layout/fixtures/block/listed_broken_height.html");
        slice.Write("layout/fixtures/block/listed_broken_height.json", Broken(child: 0, "height", 90));
        slice.Write("layout/known-failures.txt", $"block/listed_broken_height | deliberately broken\n{Grow} | listed but passes\n");

        var result = slice.Run(new LayoutSuite());

        var regression = Assert.Single(result.Regressions);
        Assert.Equal("flex/broken_width", regression.Id);
        Assert.Equal("flex", regression.Feature);
        Assert.Equal("root/1       x      100  y        0  w      230* h      100", regression.Expected);
        Assert.Equal("root/1       x      100  y        0  w      200* h      100", regression.Actual);
        Assert.Contains("1 of 3 boxes differ", regression.Detail, StringComparison.Ordinal);
        Assert.Contains("tolerance 0.5 px per edge, 1 px for scroll sizes", regression.Detail, StringComparison.Ordinal);
        var known = result.Cases.Single(c => c.Id == "block/listed_broken_height");
        Assert.False(known.Passed);
        Assert.Equal("deliberately broken", result.Known.Reasons[known.Id]);
        Assert.Equal([Grow], result.NewlyPassing.Select(c => c.Id).ToArray());

        var html = slice.Html(result);
        Assert.Contains("<h3>block: 0/1 pass</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>flex: 1/2 pass</h3>", html, StringComparison.Ordinal);
        Assert.Contains("expected<pre>root/1       x      100  y        0  w      230* h      100</pre>", html, StringComparison.Ordinal);
        Assert.Contains("known failure: deliberately broken", html, StringComparison.Ordinal);
        Assert.Contains("(newly passing: remove from known failures)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixture_with_an_unsupported_property_fails_with_the_reason()
    {
        using var slice = new ConformanceSlice();
        var html = File.ReadAllText(Path.Combine(ConformanceSlice.Real, "layout", "fixtures", Grow + ".html"));
        slice.Write("layout/fixtures/flex/odd.html", html.Replace("display: flex", "display: flex; grid-area: a", StringComparison.Ordinal));
        slice.Copy($"layout/fixtures/{Grow}.json", "layout/fixtures/flex/odd.json");

        var outcome = Assert.Single(slice.Run(new LayoutSuite()).Regressions);

        Assert.Equal("(cannot load fixture: unsupported property 'grid-area')", outcome.Actual);
    }

    /// <summary>The flex-grow fixture's expectations with one child's value changed.</summary>
    private static string Broken(int child, string property, int value)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(ConformanceSlice.Real, "layout", "fixtures", Grow + ".json")))!;
        json["root"]!["children"]![child]![property] = value;
        return json.ToJsonString();
    }
}
