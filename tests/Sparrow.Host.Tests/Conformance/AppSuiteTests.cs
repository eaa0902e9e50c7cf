using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Sparrow.Host.Conformance;
using Sparrow.Host.Conformance.Suites;
using Sparrow.Host.Conformance.Suites.App;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>The app suite through the runner: all of it, a slice with a deliberately wrong expectation, and its trace matcher.</summary>
public sealed class AppSuiteTests
{
    [Fact]
    public void Every_case_has_an_expectation_and_only_listed_cases_fail()
    {
        var result = ConformanceSlice.RunReal(new AppSuite());

        foreach (var group in new[] { ("lifecycle", 10), ("routing", 10), ("events", 10), ("storage", 8) })
        {
            Assert.True(result.Cases.Count(c => c.Feature == group.Item1) >= group.Item2, $"fewer than {group.Item2} {group.Item1} cases");
        }

        Assert.DoesNotContain(result.Cases, c => c.Expected.StartsWith("(no expectation", System.StringComparison.Ordinal));
        Assert.True(result.Regressions.Count == 0, string.Join("\n\n", result.Regressions.Select(c => $"{c.Id}: {c.Detail}\nexpected\n{c.Expected}\nactual\n{c.Actual}")));
        Assert.Empty(result.StaleEntries);
    }

    [Fact]
    public void A_wrong_expectation_fails_with_both_traces_and_a_listed_one_is_known()
    {
        var slice = new ConformanceSlice();
        slice.Copy("app/support/observe.js");
        string[] cases = ["events/catch_tap_stops_bubbling_at_its_node", "routing/navigate_back_with_delta_two_pops_two_pages", "storage/stored_data_survives_a_restart"];
        foreach (var id in cases)
        {
            DirectoryCopy.Tree(Path.Combine(ConformanceSlice.Real, "app", "cases", id), Path.Combine(slice.Root, "app", "cases", id));
            slice.Copy($"app/expected/{id}.json");
        }

        // The events oracle says the catch handler stops the tap at #middle; claim it reaches #outer too.
        var broken = JsonNode.Parse(File.ReadAllText(Path.Combine(slice.Root, "app", "expected", cases[0] + ".json")))!;
        var trace = broken["trace"]!.AsArray();
        trace.Insert(trace.Count - 1, "onOuter tap target=inner current=outer");
        slice.Write($"app/expected/{cases[0]}.json", broken.ToJsonString());
        // The restart case, with the restored value's type wrong: listed as known.
        var typed = File.ReadAllText(Path.Combine(slice.Root, "app", "expected", cases[2] + ".json")).Replace("string \\\"yes\\\"", "number 1", System.StringComparison.Ordinal);
        slice.Write($"app/expected/{cases[2]}.json", typed);
        slice.Write("app/known-failures.txt", cases[2] + " | deliberately broken\n");

        var result = slice.Run(new AppSuite());

        Assert.Equal(3, result.Cases.Count);
        var regression = Assert.Single(result.Regressions);
        Assert.Equal(cases[0], regression.Id);
        Assert.Contains("onOuter tap target=inner current=outer", regression.Expected, System.StringComparison.Ordinal);
        Assert.DoesNotContain("onOuter", regression.Actual, System.StringComparison.Ordinal);
        Assert.Contains("onMiddle tap target=inner current=middle", regression.Actual, System.StringComparison.Ordinal);
        Assert.False(result.Cases.Single(c => c.Id == cases[2]).Passed);
        Assert.True(result.Cases.Single(c => c.Id == cases[1]).Passed, result.Cases.Single(c => c.Id == cases[1]).Actual);
    }

    [Fact]
    public void An_unordered_group_matches_any_order_of_its_lines_but_nothing_else()
    {
        var expected = new AppExpectation([["App.onHide"], ["a.onHide", "probe.pageLifetimes.hide"], ["pages [a]"]], [], "test");

        Assert.Equal(-1, expected.FirstMismatch(["App.onHide", "probe.pageLifetimes.hide", "a.onHide", "pages [a]"]));
        Assert.Equal(-1, expected.FirstMismatch(["App.onHide", "a.onHide", "probe.pageLifetimes.hide", "pages [a]"]));
        Assert.Equal(1, expected.FirstMismatch(["App.onHide", "a.onHide", "a.onHide", "pages [a]"]));
        Assert.Equal(0, expected.FirstMismatch(["a.onHide", "App.onHide", "probe.pageLifetimes.hide", "pages [a]"]));
        Assert.Equal(4, expected.FirstMismatch(["App.onHide", "a.onHide", "probe.pageLifetimes.hide", "pages [a]", "extra"]));
        Assert.Equal(3, expected.FirstMismatch(["App.onHide", "a.onHide", "probe.pageLifetimes.hide"]));
    }
}
