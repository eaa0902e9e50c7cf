using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Host.Conformance.Suites.Layout;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>
/// conformance/layout/yoga/disagreements.json (Yoga against Chromium, from
/// conformance/layout/yoga/tools/compare.mjs) must list exactly the flex fixtures, so a fixture added or
/// renamed without regenerating the report is caught here rather than silently missing from it.
/// </summary>
public sealed class YogaReportTests
{
    [Fact]
    public void The_yoga_report_lists_every_flex_fixture_once()
    {
        var layout = Path.Combine(ConformanceSlice.Real, "layout");
        var path = Path.Combine(layout, "yoga", "disagreements.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var reported = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("fixture").GetString())
            .ToList();
        var fixtures = LayoutFixtures.Ids(layout).Where(id => LayoutFixtures.Group(id) == "flex").ToList();

        Assert.Equal(reported.Count, reported.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(fixtures, reported.Order(StringComparer.Ordinal));
    }
}
