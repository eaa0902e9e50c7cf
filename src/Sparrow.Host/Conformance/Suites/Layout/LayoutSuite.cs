using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>
/// Layout against headless Chromium (conformance/layout): every fixture's inline styles are read by
/// <see cref="FixtureStyleParser"/> into <c>LayoutStyle</c>s, loaded into a <c>LayoutTreeStore</c> with
/// no DOM and no cascade, laid out at the viewport Chromium used, and every box compared with
/// Chromium's border box within <see cref="LayoutBoxComparer.Tolerance"/> px per edge
/// (<see cref="LayoutBoxComparer.ScrollTolerance"/> px for scroll sizes). The feature is the fixture's
/// group: flex, block, inline, position or random.
/// </summary>
public sealed class LayoutSuite : IConformanceSuite
{
    public string Name => "layout";

    public string Oracle => "headless Chromium boxes (conformance/layout/fixtures/*.json)";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var dir = Path.Combine(conformanceRoot, Name);
        foreach (var id in LayoutFixtures.Ids(dir))
        {
            yield return RunFixture(dir, id);
        }
    }

    private static CaseOutcome RunFixture(string dir, string id)
    {
        var group = LayoutFixtures.Group(id);
        if (!File.Exists(LayoutFixtures.JsonPath(dir, id)))
        {
            return new CaseOutcome(id, group, false, "(no expectations: run conformance/layout/tools/generate.mjs)", "(not run)");
        }

        LoadedFixture fixture;
        try
        {
            fixture = LayoutFixtures.Load(dir, id);
        }
        catch (FormatException e)
        {
            // An unsupported property or element: the fixture fails with the reason, the suite goes on.
            return new CaseOutcome(id, group, false, "Chromium's boxes", "(cannot load fixture: " + e.Message + ")");
        }

        fixture.Store.Compute(fixture.Root, fixture.Viewport);
        var diff = LayoutBoxComparer.Compare(fixture.Store, fixture.Root, fixture.Expected);
        var tolerance = string.Create(CultureInfo.InvariantCulture, $"tolerance {LayoutBoxComparer.Tolerance} px per edge, {LayoutBoxComparer.ScrollTolerance} px for scroll sizes");
        if (diff.Differing == 0)
        {
            var summary = string.Create(CultureInfo.InvariantCulture, $"{diff.Boxes} boxes, {tolerance}");
            return new CaseOutcome(id, group, true, summary, summary);
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"{diff.Differing} of {diff.Boxes} boxes differ from Chromium ({tolerance}; * marks a value out of tolerance). Boxes are border boxes relative to the parent's, paths are child indices from the test root.");
        return new CaseOutcome(id, group, false, diff.Expected, diff.Actual, detail);
    }
}
