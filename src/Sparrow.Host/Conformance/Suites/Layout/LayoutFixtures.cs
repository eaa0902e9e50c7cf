using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Layout;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>
/// The fixtures of conformance/layout: <c>fixtures/&lt;group&gt;/&lt;name&gt;.html</c> with Chromium's
/// boxes in <c>&lt;name&gt;.json</c>. A fixture's id is <c>group/name</c>, as in known-failures.txt.
/// </summary>
internal static class LayoutFixtures
{
    /// <summary>Fixture ids under <paramref name="layoutDir"/> (conformance/layout), sorted.</summary>
    public static IReadOnlyList<string> Ids(string layoutDir)
    {
        var fixtures = FixturesDir(layoutDir);
        return Directory.EnumerateFiles(fixtures, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(fixtures, p).Replace('\\', '/')[..^".html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The feature group of a fixture: the folder under fixtures/ (flex, block, inline, position, random).</summary>
    public static string Group(string id) => id[..id.IndexOf('/', StringComparison.Ordinal)];

    public static string JsonPath(string layoutDir, string id) => Path.Combine(FixturesDir(layoutDir), id + ".json");

    /// <summary>
    /// Loads a fixture into a fresh store, with the viewport Chromium laid it out in and Chromium's boxes.
    /// </summary>
    /// <exception cref="FormatException">The fixture uses an element or property the loader does not read.</exception>
    /// <exception cref="FileNotFoundException">The fixture has no expectations (run tools/generate.mjs).</exception>
    public static LoadedFixture Load(string layoutDir, string id)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(JsonPath(layoutDir, id)));
        var viewport = json.RootElement.GetProperty("viewport");
        var expected = ExpectedBox.Read(json.RootElement.GetProperty("root"));
        var store = new LayoutTreeStore();
        var root = Build(store, FixtureHtmlReader.Read(File.ReadAllText(HtmlPath(layoutDir, id))), TextAlign.Left, false);
        return new LoadedFixture(store, root, new Size(viewport.GetProperty("width").GetSingle(), viewport.GetProperty("height").GetSingle()), expected);
    }

    /// <summary>
    /// Builds the tree. text-align (CSS 2 §16.2) and white-space (css-text-3 §3) are inherited, and LayoutStyle
    /// holds computed values, so the loader passes the parent's values down as the Css stage's cascade would.
    /// </summary>
    private static int Build(LayoutTreeStore store, FixtureElement element, TextAlign inherited, bool inheritedNoWrap)
    {
        var style = FixtureStyleParser.Parse(element.Tag, element.Style);
        if (!element.Style.Contains("text-align", StringComparison.Ordinal))
        {
            style.TextAlign = inherited;
        }

        if (!element.Style.Contains("white-space", StringComparison.Ordinal))
        {
            style.NoWrap = inheritedNoWrap;
        }

        var node = store.AddNode(style);
        foreach (var child in element.Children)
        {
            store.AppendChild(node, Build(store, child, style.TextAlign, style.NoWrap));
        }

        return node;
    }

    private static string HtmlPath(string layoutDir, string id) => Path.Combine(FixturesDir(layoutDir), id + ".html");

    private static string FixturesDir(string layoutDir) => Path.Combine(layoutDir, "fixtures");
}
