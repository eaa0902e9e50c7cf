using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Layout.Tests.Conformance;

/// <summary>
/// Loads one fixture into a <see cref="LayoutTreeStore"/>, lays it out at the viewport Chromium used and
/// compares every box with Chromium's. Tolerance: <see cref="Tolerance"/> px on x, y, width and height
/// (Chromium reports LayoutUnits, 1/64 px; half a pixel is below anything a user sees after snapping);
/// scroll sizes, which Chromium rounds to whole pixels, get <see cref="ScrollTolerance"/>.
/// </summary>
internal static class FixtureRunner
{
    public const float Tolerance = 0.5f;

    public const float ScrollTolerance = 1f;

    public readonly record struct Result(bool Passed, string Report);

    /// <summary>Runs one fixture; a fixture the loader cannot read (an unsupported property) fails with the reason.</summary>
    public static Result Run(string id)
    {
        try
        {
            return RunUnchecked(id);
        }
        catch (FormatException e)
        {
            return new Result(false, $"{id}: cannot load fixture: {e.Message}");
        }
    }

    private static Result RunUnchecked(string id)
    {
        var html = File.ReadAllText(FixtureCatalog.HtmlPath(id));
        var jsonPath = FixtureCatalog.JsonPath(id);
        if (!File.Exists(jsonPath))
        {
            return new Result(false, $"{id}: no expectations; run conformance/layout/tools/generate.mjs");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var viewport = json.RootElement.GetProperty("viewport");
        var expected = ExpectedBox.Read(json.RootElement.GetProperty("root"));

        var store = new LayoutTreeStore();
        var root = Load(store, FixtureHtmlReader.Read(html), TextAlign.Left);
        store.Compute(root, new Size(viewport.GetProperty("width").GetSingle(), viewport.GetProperty("height").GetSingle()));

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{id}  (expected Chromium | actual Sparrow; * marks a difference over {Tolerance}px)");
        var passed = Compare(store, root, expected, "root", report);
        return new Result(passed, report.ToString());
    }

    /// <summary>
    /// Builds the tree. text-align is inherited (CSS 2 §16.2), and LayoutStyle holds computed values,
    /// so the loader passes the parent's value down as the Css stage's cascade would.
    /// </summary>
    /// <summary>Loads a fixture into a fresh store (for tests that drive the store themselves).</summary>
    public static (LayoutTreeStore Store, int Root, Size Viewport) Load(string id)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FixtureCatalog.JsonPath(id)));
        var viewport = json.RootElement.GetProperty("viewport");
        var store = new LayoutTreeStore();
        var root = Load(store, FixtureHtmlReader.Read(File.ReadAllText(FixtureCatalog.HtmlPath(id))), TextAlign.Left);
        return (store, root, new Size(viewport.GetProperty("width").GetSingle(), viewport.GetProperty("height").GetSingle()));
    }

    private static int Load(LayoutTreeStore store, FixtureElement element, TextAlign inherited)
    {
        var style = FixtureStyleParser.Parse(element.Tag, element.Style);
        if (!element.Style.Contains("text-align", StringComparison.Ordinal))
        {
            style.TextAlign = inherited;
        }

        var node = store.AddNode(style);
        foreach (var child in element.Children)
        {
            store.AppendChild(node, Load(store, child, style.TextAlign));
        }

        return node;
    }

    private static bool Compare(LayoutTreeStore store, int node, ExpectedBox e, string path, StringBuilder report)
    {
        ref readonly var a = ref store.GetLayout(node);
        var ok = Near(e.X, a.X) && Near(e.Y, a.Y) && Near(e.Width, a.Width) && Near(e.Height, a.Height);
        report.Append(CultureInfo.InvariantCulture, $"{(ok ? ' ' : '*')} {path,-14} x {e.X,8:0.###} | {a.X,-8:0.###}  y {e.Y,8:0.###} | {a.Y,-8:0.###}  w {e.Width,8:0.###} | {a.Width,-8:0.###}  h {e.Height,8:0.###} | {a.Height,-8:0.###}");
        if (e.ScrollWidth is { } sw && e.ScrollHeight is { } sh)
        {
            var scrollOk = MathF.Abs(sw - a.ContentWidth) <= ScrollTolerance && MathF.Abs(sh - a.ContentHeight) <= ScrollTolerance;
            report.Append(CultureInfo.InvariantCulture, $"  {(scrollOk ? ' ' : '*')}scroll {sw}x{sh} | {a.ContentWidth:0.###}x{a.ContentHeight:0.###}");
            ok &= scrollOk;
        }

        report.AppendLine();
        var count = store.ChildCount(node);
        if (count != e.Children.Count)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"* {path}: {e.Children.Count} expected children, {count} loaded");
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            ok &= Compare(store, store.GetChild(node, i), e.Children[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), report);
        }

        return ok;
    }

    private static bool Near(float expected, float actual) => MathF.Abs(expected - actual) <= Tolerance;
}
