using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sparrow.Package.Json;

namespace Sparrow.Package;

/// <summary>
/// A loaded mini program package: its configuration, pages, resolved custom components and sizes.
/// It is what loading found, problems included: loading never throws for bad content, it reports
/// diagnostics and keeps whatever is usable (a page whose files are missing is still listed).
/// </summary>
public sealed class MiniProgramPackage
{
    private readonly Dictionary<string, PageEntry> _pagesByRoute;

    internal MiniProgramPackage(
        string root,
        JsonNode? app,
        IReadOnlyList<PageEntry> pages,
        IReadOnlyDictionary<string, ComponentEntry> components,
        IReadOnlyList<SubpackageEntry> subpackages,
        IReadOnlyList<TabBarItem> tabBar,
        IReadOnlyList<UsingComponent> globalComponents,
        JsonNode? projectConfig,
        JsonNode? sitemap,
        PackageSizes sizes)
    {
        Root = root;
        App = app;
        Pages = pages;
        Components = components;
        Subpackages = subpackages;
        TabBar = tabBar;
        GlobalComponents = globalComponents;
        ProjectConfig = projectConfig;
        Sitemap = sitemap;
        Sizes = sizes;
        _pagesByRoute = pages.GroupBy(p => p.Route, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The package folder, as a full path.</summary>
    public string Root { get; }

    /// <summary><c>app.json</c>, with every key it has (unknown ones included); null when missing or broken.</summary>
    public JsonNode? App { get; }

    /// <summary>Main-package pages in <c>app.json</c> order, then each subpackage's pages.</summary>
    public IReadOnlyList<PageEntry> Pages { get; }

    /// <summary>Every custom component reachable from app, pages and components, by package path.</summary>
    public IReadOnlyDictionary<string, ComponentEntry> Components { get; }

    public IReadOnlyList<SubpackageEntry> Subpackages { get; }

    public IReadOnlyList<TabBarItem> TabBar { get; }

    /// <summary><c>usingComponents</c> of <c>app.json</c>: available to every page and component.</summary>
    public IReadOnlyList<UsingComponent> GlobalComponents { get; }

    public JsonNode? ProjectConfig { get; }

    public JsonNode? Sitemap { get; }

    public PackageSizes Sizes { get; }

    /// <summary><c>app.json</c>'s <c>window</c> object, if any.</summary>
    public JsonNode? Window => App?["window"];

    /// <summary>The page a launch opens: <c>entryPagePath</c> if it names a page, else the first page.</summary>
    public PageEntry? EntryPage
    {
        get
        {
            var entry = App?.GetString("entryPagePath");
            return (entry is not null ? FindPage(entry) : null) ?? (Pages.Count > 0 ? Pages[0] : null);
        }
    }

    /// <summary>A page by route; a leading slash and a query string are ignored (<c>/pages/a/a?id=1</c>).</summary>
    public PageEntry? FindPage(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var query = route.IndexOf('?', StringComparison.Ordinal);
        var path = (query >= 0 ? route[..query] : route).TrimStart('/');
        return _pagesByRoute.GetValueOrDefault(path);
    }

    /// <summary>The full path of a package path, or null when it would leave the package root.</summary>
    public string? FullPath(string packagePath) => PackagePaths.ToFullPath(Root, packagePath);

    /// <summary>The text of a package file (UTF-8), or null when it does not exist or is outside the root.</summary>
    public string? ReadText(string packagePath)
    {
        var full = FullPath(packagePath);
        return full is not null && File.Exists(full) ? File.ReadAllText(full) : null;
    }
}
