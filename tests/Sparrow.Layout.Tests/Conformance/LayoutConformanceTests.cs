using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Layout.Tests.Conformance;

/// <summary>
/// The conformance runner: every fixture under conformance/layout/fixtures against Chromium's boxes.
/// A fixture fails the run only when it is not in known-failures.txt; a listed fixture that passes
/// is reported so it can be taken off the list.
/// </summary>
public sealed class LayoutConformanceTests
{
    private readonly ITestOutputHelper _output;

    public LayoutConformanceTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var id in FixtureCatalog.All())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_matches_chromium(string id)
    {
        var result = FixtureRunner.Run(id);
        var known = FixtureCatalog.KnownFailures().TryGetValue(id, out var reason);
        if (System.Environment.GetEnvironmentVariable("SPARROW_DUMP") == id)
        {
            _output.WriteLine(result.Report);
        }

        if (result.Passed)
        {
            if (known)
            {
                _output.WriteLine($"NOW PASSES: {id} is listed in known-failures.txt ({reason}); remove it.");
            }

            return;
        }

        _output.WriteLine(result.Report);
        Assert.True(known, result.Report);
        _output.WriteLine($"known failure: {reason}");
    }

    [Fact]
    public void Known_failures_name_existing_fixtures()
    {
        var all = FixtureCatalog.All().ToHashSet();
        var stale = FixtureCatalog.KnownFailures().Keys.Where(id => !all.Contains(id)).ToList();
        Assert.True(stale.Count == 0, "known-failures.txt lists missing fixtures: " + string.Join(", ", stale));
    }

    [Fact]
    public void Pass_counts_per_group()
    {
        var known = FixtureCatalog.KnownFailures();
        var groups = new SortedDictionary<string, (int Total, int Passed, int NowPassing)>();
        var missing = new List<string>();
        foreach (var id in FixtureCatalog.All())
        {
            var result = FixtureRunner.Run(id);
            if (!System.IO.File.Exists(FixtureCatalog.JsonPath(id)))
            {
                missing.Add(id);
            }

            var g = FixtureCatalog.Group(id);
            groups.TryGetValue(g, out var c);
            groups[g] = (c.Total + 1, c.Passed + (result.Passed ? 1 : 0), c.NowPassing + (result.Passed && known.ContainsKey(id) ? 1 : 0));
        }

        var text = new StringBuilder("group        passed / total   (listed as known failures but passing)\n");
        foreach (var (group, c) in groups)
        {
            text.AppendLine($"{group,-12} {c.Passed,6} / {c.Total,-6}  ({c.NowPassing})");
        }

        _output.WriteLine(text.ToString());
        Assert.NotEmpty(groups);
        Assert.True(missing.Count == 0, "fixtures without expectations: " + string.Join(", ", missing));
    }
}
