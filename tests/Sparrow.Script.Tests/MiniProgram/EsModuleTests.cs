using System;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>ES-module syntax in package JS (as npm component libraries ship it) and WeChat's built-in behaviors.</summary>
public class EsModuleTests
{
    private static string Package(string pageJs, params (string Path, string Text)[] extra) =>
        MiniProgramHarness.WritePackage(
            [("app.json", """{ "pages": ["pages/index/index"] }"""),
             ("app.js", "App({});"),
             ("pages/index/index.wxml", "<view>{{label}}</view>"),
             ("pages/index/index.js", pageJs),
             .. extra]);

    [Fact]
    public async Task Import_and_export_work_as_after_WeChats_own_transpiling()
    {
        var root = Package(
            "import { label } from '../../utils/label';\nimport suffix from '../../utils/suffix';\nPage({ data: { label: label + suffix } });",
            ("utils/label.js", "export const label = 'esm';"),
            ("utils/suffix.js", "const s = '!';export default s;"));
        using var mp = await MiniProgramHarness.StartAsync(root);
        Assert.True(mp.DiagnosticsText().Length == 0, mp.DiagnosticsText());
        Assert.Contains("\"esm!\"", await mp.TreeAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_in_an_es_module_names_its_file_and_line()
    {
        var root = Package("import { label } from '../../utils/bad';\nPage({ data: { label } });", ("utils/bad.js", "export const ok = 1;\nexport const label = ;\n"));
        using var mp = await MiniProgramHarness.StartAsync(root);
        var text = mp.DiagnosticsText();
        Assert.Contains("/utils/bad.js", text, StringComparison.Ordinal);
        Assert.Contains("(2:21)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transpiled_modules_are_cached_so_a_warm_start_does_not_run_Babel()
    {
        var cache = Js.TempDir();
        var root = Package("import { label } from '../../utils/label';\nPage({ data: { label } });", ("utils/label.js", "export const label = 'cached';"));
        using (var cold = await MiniProgramHarness.StartAsync(root, new MiniProgramRuntimeOptions { CacheDirectory = cache }))
        {
            Assert.Contains("\"cached\"", await cold.TreeAsync(), StringComparison.Ordinal);
        }

        var cached = Directory.GetFiles(Path.Combine(cache, "esm"), "*.js");
        Assert.Equal(2, cached.Length);
        // Doctor the cached output: if the warm start shows it, it used the cache and not Babel.
        foreach (var file in cached)
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("'cached'", "'from the cache'", StringComparison.Ordinal));
        }

        using var warm = await MiniProgramHarness.StartAsync(root, new MiniProgramRuntimeOptions { CacheDirectory = cache });
        Assert.Contains("\"from the cache\"", await warm.TreeAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Built_in_behaviors_named_by_url_load_and_an_unknown_one_is_reported()
    {
        var root = MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/index/index"] }"""),
            ("app.js", "App({});"),
            ("pages/index/index.json", """{ "usingComponents": { "field": "/components/field/field" } }"""),
            ("pages/index/index.wxml", "<field/>"),
            ("pages/index/index.js", "Page({});"),
            ("components/field/field.json", """{ "component": true }"""),
            ("components/field/field.wxml", "<view>{{kind}}</view>"),
            ("components/field/field.js", "Component({ behaviors: ['wx://form-field', 'wx://component-export', 'wx://no-such-behavior'], data: { kind: 'field' } });"));
        using var mp = await MiniProgramHarness.StartAsync(root);
        Assert.Contains("\"field\"", await mp.TreeAsync(), StringComparison.Ordinal);
        Assert.Contains("wx://no-such-behavior", Assert.Single(mp.Diagnostics.Snapshot()).Message, StringComparison.Ordinal);
    }
}
