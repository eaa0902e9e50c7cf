using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Package.Tests;

public class PackageLoaderTests
{
    private static TestPackage Minimal() => new TestPackage()
        .File("app.json", """{ "pages": ["pages/index/index", "pages/logs/logs"], "window": { "navigationBarTitleText": "Demo" }, "someFutureKey": 7 }""")
        .File("app.js", "App({})")
        .Component("pages/index/index")
        .Component("pages/logs/logs");

    [Fact]
    public void A_well_formed_package_loads_without_diagnostics()
    {
        var pkg = Minimal();
        var loaded = pkg.Load();
        Assert.Empty(pkg.Diagnostics.Snapshot());
        Assert.Equal(["pages/index/index", "pages/logs/logs"], loaded.Pages.Select(p => p.Route).ToArray());
        Assert.Equal("pages/index/index", loaded.EntryPage!.Route);
        Assert.Equal("Demo", loaded.Window!.GetString("navigationBarTitleText"));
        Assert.Equal(7, loaded.App!["someFutureKey"]!.Number);
        Assert.Same(loaded.Pages[1], loaded.FindPage("/pages/logs/logs?from=index"));
        Assert.Equal(SourceFiles.Js | SourceFiles.Wxml | SourceFiles.Json, loaded.Pages[0].Files);
    }

    [Fact]
    public void A_missing_app_json_is_reported_and_yields_an_empty_package()
    {
        var pkg = new TestPackage();
        var loaded = pkg.Load();
        Assert.Empty(loaded.Pages);
        Assert.Equal([DiagnosticCodes.PackageAppJsonMissing], pkg.Codes);
    }

    [Fact]
    public void A_listed_page_that_does_not_exist_names_where_it_was_listed_and_the_rest_loads()
    {
        var pkg = Minimal().File("app.json", "{\n  \"pages\": [\n    \"pages/index/index\",\n    \"pages/gone/gone\"\n  ]\n}");
        var loaded = pkg.Load();
        var d = pkg.Only(DiagnosticCodes.PackagePageMissing);
        Assert.Equal(new SourceLocation("app.json", 4, 5), d.Location);
        Assert.Contains("/pages/gone/gone.js and /pages/gone/gone.wxml", d.Message, System.StringComparison.Ordinal);
        Assert.Equal(2, loaded.Pages.Count);
    }

    [Fact]
    public void Malformed_page_json_is_located_and_the_page_is_still_listed()
    {
        var pkg = Minimal().File("pages/logs/logs.json", "{ \"usingComponents\": { \"a\": } }");
        var loaded = pkg.Load();
        var d = pkg.Only(DiagnosticCodes.PackageJsonSyntax);
        Assert.Equal("pages/logs/logs.json", d.Location.File);
        Assert.Equal(1, d.Location.Line);
        Assert.Null(loaded.FindPage("pages/logs/logs")!.Config);
    }

    [Fact]
    public void Components_resolve_at_app_page_and_component_level_including_npm_and_index_folders()
    {
        var pkg = Minimal()
            .File("app.json", """{ "pages": ["pages/index/index"], "usingComponents": { "g-badge": "/components/badge/badge" } }""")
            .Component("pages/index/index", """{ "usingComponents": { "card": "../../components/card/card", "t-button": "tdesign-miniprogram/button/button", "list": "/components/list" } }""")
            .Component("components/badge/badge", """{ "component": true }""")
            .Component("components/card/card", """{ "component": true, "usingComponents": { "icon": "./icon/icon" } }""")
            .Component("components/card/icon/icon", """{ "component": true }""")
            .Component("components/list/index", """{ "component": true, "usingComponents": { "card": "../card/card" } }""")
            .Component("miniprogram_npm/tdesign-miniprogram/button/button", """{ "component": true, "usingComponents": { "t-icon": "../icon/icon" } }""")
            .Component("miniprogram_npm/tdesign-miniprogram/icon/icon", """{ "component": true }""");
        var loaded = pkg.Load();
        Assert.Empty(pkg.Diagnostics.Snapshot());
        Assert.Equal("/components/badge/badge", Assert.Single(loaded.GlobalComponents).ResolvedPath);
        var page = loaded.Pages[0].UsingComponents.ToDictionary(u => u.Name, u => u.ResolvedPath);
        Assert.Equal("/components/card/card", page["card"]);
        Assert.Equal("/miniprogram_npm/tdesign-miniprogram/button/button", page["t-button"]);
        Assert.Equal("/components/list/index", page["list"]);
        Assert.Equal(
            ["/components/badge/badge", "/components/card/card", "/components/card/icon/icon", "/components/list/index",
             "/miniprogram_npm/tdesign-miniprogram/button/button", "/miniprogram_npm/tdesign-miniprogram/icon/icon"],
            loaded.Components.Keys.Order().ToArray());
        Assert.True(loaded.Components["/components/card/card"].DeclaresComponent);
    }

    [Fact]
    public void An_unresolved_component_names_the_json_that_declared_it()
    {
        var pkg = Minimal().Component("pages/logs/logs", "{\n  \"usingComponents\": {\n    \"nope\": \"/components/nope/nope\"\n  }\n}");
        pkg.Load();
        var d = pkg.Only(DiagnosticCodes.PackageComponentUnresolved);
        Assert.Equal(new SourceLocation("pages/logs/logs.json", 3, 13), d.Location);
    }

    [Fact]
    public void A_component_that_uses_itself_terminates()
    {
        var pkg = Minimal()
            .Component("pages/index/index", """{ "usingComponents": { "tree": "/components/tree/tree" } }""")
            .Component("components/tree/tree", """{ "component": true, "usingComponents": { "tree": "./tree" } }""");
        var loaded = pkg.Load();
        Assert.Empty(pkg.Diagnostics.Snapshot());
        Assert.Equal("/components/tree/tree", loaded.Components["/components/tree/tree"].UsingComponents.Single().ResolvedPath);
    }

    [Fact]
    public void Incomplete_components_and_plugins_are_diagnosed()
    {
        var pkg = Minimal()
            .Component("pages/index/index", """{ "usingComponents": { "bare": "/components/bare/bare", "pay": "plugin://payPlugin/pay" } }""")
            .File("components/bare/bare.js", "Component({})");
        pkg.Load();
        Assert.Contains(DiagnosticCodes.PackageComponentIncomplete, pkg.Codes);
        Assert.Equal(DiagnosticSeverity.Warning, pkg.Only(DiagnosticCodes.PackagePluginUnsupported).Severity);
    }

    [Fact]
    public void Subpackages_add_their_pages_under_their_root_with_either_spelling()
    {
        foreach (var key in new[] { "subpackages", "subPackages" })
        {
            var pkg = Minimal()
                .File("app.json", $$"""{ "pages": ["pages/index/index"], "{{key}}": [ { "root": "packageA", "name": "a", "pages": ["cat/cat"] }, { "root": "packageB/", "independent": true, "pages": ["dog/dog"] } ] }""")
                .Component("packageA/cat/cat")
                .Component("packageB/dog/dog");
            var loaded = pkg.Load();
            Assert.Empty(pkg.Diagnostics.Snapshot());
            Assert.Equal(["pages/index/index", "packageA/cat/cat", "packageB/dog/dog"], loaded.Pages.Select(p => p.Route).ToArray());
            Assert.Equal("packageA/", loaded.FindPage("packageA/cat/cat")!.SubpackageRoot);
            Assert.True(loaded.Subpackages[1].Independent);
            Assert.True(loaded.Sizes.SubpackageBytes["packageA/"] > 0);
        }
    }

    [Fact]
    public void TabBar_pages_must_be_listed_and_entryPagePath_must_be_a_page()
    {
        var pkg = Minimal().File("app.json", """{ "pages": ["pages/index/index", "pages/logs/logs"], "entryPagePath": "pages/other/other", "tabBar": { "list": [ { "pagePath": "pages/index/index", "text": "首页" }, { "pagePath": "pages/me/me", "text": "我" } ] } }""");
        var loaded = pkg.Load();
        Assert.Contains("pages/me/me", pkg.Only(DiagnosticCodes.PackageTabBarPageNotListed).Message, System.StringComparison.Ordinal);
        Assert.Contains(DiagnosticCodes.PackageEntryPageNotListed, pkg.Codes);
        Assert.Equal("pages/index/index", loaded.EntryPage!.Route);
        Assert.Equal("首页", loaded.TabBar[0].Text);
    }

    [Fact]
    public void Wrong_types_and_duplicates_are_diagnosed_not_thrown()
    {
        var pkg = Minimal().File("app.json", """{ "pages": ["pages/index/index", 42, "pages/index/index", "../../etc/passwd"], "subpackages": "nope" }""");
        var loaded = pkg.Load();
        Assert.Equal(
            [DiagnosticCodes.PackageConfigType, DiagnosticCodes.PackageDuplicatePage, DiagnosticCodes.PackagePathOutsideRoot, DiagnosticCodes.PackageConfigType],
            pkg.Codes);
        Assert.Single(loaded.Pages);
    }

    [Fact]
    public void Oversized_packages_are_warnings()
    {
        var pkg = Minimal().File("static/big.bin", new string('x', (int)PackageSizes.PackageLimitBytes + 10));
        var loaded = pkg.Load();
        var d = pkg.Only(DiagnosticCodes.PackageTooLarge);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.True(loaded.Sizes.MainBytes > PackageSizes.PackageLimitBytes);
    }

    [Fact]
    public void Reading_files_cannot_leave_the_package()
    {
        var loaded = Minimal().Load();
        Assert.Equal("App({})", loaded.ReadText("/app.js"));
        Assert.Null(loaded.ReadText("../../etc/passwd"));
        Assert.Null(loaded.ReadText("/nope.js"));
    }
}
