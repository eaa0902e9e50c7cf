using System;
using System.Collections.Generic;
using System.IO;
using Sparrow.Core;
using Sparrow.Package.Json;

namespace Sparrow.Package;

/// <summary>
/// Loads a package folder as WeChat developers lay it out (<c>app.json</c>, pages, components,
/// subpackages, <c>miniprogram_npm/</c>) and validates it: listed pages exist, components
/// resolve, tab-bar pages are listed, sizes stay within WeChat's limits (warnings). Problems are
/// diagnostics with file, line and column; loading always returns what it could read.
/// </summary>
/// <remarks>Entry point: <see cref="Load(string, IDiagnosticSink)"/>. Reads files only; runs nothing.</remarks>
public sealed partial class PackageLoader
{
    private readonly string _root;
    private readonly IDiagnosticSink _diagnostics;
    private readonly Dictionary<string, ComponentEntry> _components = new(StringComparer.Ordinal);
    private readonly Queue<string> _pending = new();

    private PackageLoader(string root, IDiagnosticSink diagnostics)
    {
        _root = Path.GetFullPath(root);
        _diagnostics = diagnostics;
    }

    /// <summary>Loads a package folder, or a package archive extracted under <see cref="Archives.PackageArchive.DefaultCacheRoot"/>.</summary>
    public static MiniProgramPackage Load(string root, IDiagnosticSink diagnostics) =>
        Load(root, diagnostics, Archives.PackageArchive.DefaultCacheRoot);

    private MiniProgramPackage Run()
    {
        var app = ReadJson("/app.json", required: true);
        var globals = ResolveUsing(app, "/");
        var pages = new List<PageEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (route, location) in StringList(app, "pages", "/app.json"))
        {
            AddPage(pages, seen, route, null, location);
        }

        var subpackages = ReadSubpackages(app, pages, seen);
        var tabBar = ReadTabBar(app, seen);
        CheckEntryPage(app, seen);
        ResolvePendingComponents();
        var projectConfig = ReadJson("/project.config.json", required: false);
        var sitemap = ReadJson("/sitemap.json", required: false);
        var sizes = MeasureSizes(subpackages);
        return new MiniProgramPackage(_root, app, pages, _components, subpackages, tabBar, globals, projectConfig, sitemap, sizes);
    }

    private void AddPage(List<PageEntry> pages, HashSet<string> seen, string route, string? subpackageRoot, SourceLocation location)
    {
        var path = PackagePaths.Combine("/", route);
        if (path is null)
        {
            Report(DiagnosticCodes.PackagePathOutsideRoot, $"Page '{route}' is outside the package.", location);
            return;
        }

        var normalRoute = path[1..];
        if (!seen.Add(normalRoute))
        {
            Report(DiagnosticCodes.PackageDuplicatePage, $"Page '{normalRoute}' is listed twice.", location);
            return;
        }

        var files = PackagePaths.FilesOf(_root, path);
        if ((files & (SourceFiles.Js | SourceFiles.Wxml)) != (SourceFiles.Js | SourceFiles.Wxml))
        {
            var missing = (files & SourceFiles.Js) == 0 && (files & SourceFiles.Wxml) == 0 ? $"{path}.js and {path}.wxml"
                : (files & SourceFiles.Js) == 0 ? path + ".js" : path + ".wxml";
            Report(DiagnosticCodes.PackagePageMissing, $"Page '{normalRoute}' is listed but {missing} does not exist.", location);
        }

        var config = (files & SourceFiles.Json) != 0 ? ReadJson(path + ".json", required: false) : null;
        pages.Add(new PageEntry(path, normalRoute, subpackageRoot, files, config, ResolveUsing(config, PackagePaths.DirectoryOf(path))));
    }

    private List<SubpackageEntry> ReadSubpackages(JsonNode? app, List<PageEntry> pages, HashSet<string> seen)
    {
        var result = new List<SubpackageEntry>();
        var node = app?["subpackages"] ?? app?["subPackages"];
        if (node is null)
        {
            return result;
        }

        if (!node.IsArray)
        {
            Report(DiagnosticCodes.PackageConfigType, "'subpackages' must be an array.", node.Location);
            return result;
        }

        foreach (var item in node.Items)
        {
            var root = item.GetString("root");
            if (!item.IsObject || root is null)
            {
                Report(DiagnosticCodes.PackageConfigType, "A subpackage needs a string 'root'.", item.Location);
                continue;
            }

            var rootDir = root.Trim('/') + "/";
            var routes = new List<string>();
            foreach (var (page, location) in StringList(item, "pages", "/app.json"))
            {
                var route = rootDir + page.TrimStart('/');
                routes.Add(route);
                AddPage(pages, seen, route, rootDir, location);
            }

            result.Add(new SubpackageEntry(rootDir, item.GetString("name"), item.GetBoolean("independent") == true, routes));
        }

        return result;
    }

    private List<TabBarItem> ReadTabBar(JsonNode? app, HashSet<string> pages)
    {
        var result = new List<TabBarItem>();
        var list = app?["tabBar"]?["list"];
        if (list is null)
        {
            return result;
        }

        foreach (var item in list.Items)
        {
            var pagePath = item.GetString("pagePath");
            if (pagePath is null)
            {
                Report(DiagnosticCodes.PackageConfigType, "A tabBar item needs a string 'pagePath'.", item.Location);
                continue;
            }

            if (!pages.Contains(pagePath.TrimStart('/')))
            {
                Report(DiagnosticCodes.PackageTabBarPageNotListed, $"tabBar page '{pagePath}' is not in 'pages'.", item["pagePath"]!.Location);
            }

            result.Add(new TabBarItem(pagePath.TrimStart('/'), item.GetString("text") ?? string.Empty, item.GetString("iconPath"), item.GetString("selectedIconPath")));
        }

        return result;
    }

    private void CheckEntryPage(JsonNode? app, HashSet<string> pages)
    {
        var entry = app?["entryPagePath"];
        if (entry is { IsString: true } && !pages.Contains(entry.Text!.TrimStart('/')))
        {
            Report(DiagnosticCodes.PackageEntryPageNotListed, $"entryPagePath '{entry.Text}' is not a listed page.", entry.Location);
        }
    }

    /// <summary>The strings of an array member, each with its location; a wrong type is a diagnostic.</summary>
    private IEnumerable<(string Value, SourceLocation Location)> StringList(JsonNode? owner, string name, string file)
    {
        var node = owner?[name];
        if (node is null)
        {
            yield break;
        }

        if (!node.IsArray)
        {
            Report(DiagnosticCodes.PackageConfigType, $"'{name}' in {file} must be an array of strings.", node.Location);
            yield break;
        }

        foreach (var item in node.Items)
        {
            if (item.IsString)
            {
                yield return (item.Text!, item.Location);
            }
            else
            {
                Report(DiagnosticCodes.PackageConfigType, $"Every entry of '{name}' must be a string.", item.Location);
            }
        }
    }

    private JsonNode? ReadJson(string packagePath, bool required)
    {
        var full = PackagePaths.ToFullPath(_root, packagePath);
        if (full is null || !File.Exists(full))
        {
            if (required)
            {
                Report(DiagnosticCodes.PackageAppJsonMissing, $"{packagePath.TrimStart('/')} not found in {_root}.", SourceLocation.InFile(packagePath.TrimStart('/')));
            }

            return null;
        }

        return JsonTreeReader.Parse(packagePath.TrimStart('/'), File.ReadAllBytes(full), _diagnostics);
    }

    private void Report(string code, string message, SourceLocation location) =>
        _diagnostics.Report(Diagnostic.Error(code, message, location));

    private void Warn(string code, string message, SourceLocation location) =>
        _diagnostics.Report(Diagnostic.Warning(code, message, location));
}
