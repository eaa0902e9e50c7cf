using System;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Script.Tests;

public class ModuleTests
{
    private static JsRuntime InPackage(string root, DiagnosticBag? diagnostics = null) =>
        Js.Start(diagnostics, options: new JsRuntimeOptions { ModuleRoot = root });

    [Fact]
    public async Task Require_loads_relative_files_json_and_index_modules()
    {
        var root = Js.TempDir();
        Js.Write(root, "utils/util.js", "const data = require('../data/info.json');\nexports.label = (x) => `${data.prefix}-${x}`;\nexports.file = __filename; exports.dir = __dirname;");
        Js.Write(root, "data/info.json", "{ \"prefix\": \"wx\" }");
        Js.Write(root, "lib/index.js", "module.exports = { kind: 'index' };");
        using var rt = InPackage(root);
        Assert.Equal("wx-1", (await rt.EvalOk("require('./utils/util').label(1)")).Text);
        Assert.Equal("/utils/util.js|/utils", (await rt.EvalOk("const u = require('./utils/util.js'); u.file + '|' + u.dir")).Text);
        Assert.Equal("index", (await rt.EvalOk("require('./lib').kind")).Text);
        Assert.Equal("/lib/index.js", (await rt.EvalOk("require.resolve('./lib')")).Text);
    }

    [Fact]
    public async Task Modules_are_cached_and_cycles_see_partial_exports_as_in_node()
    {
        var root = Js.TempDir();
        Js.Write(root, "a.js", "exports.early = 'a-early';\nconst b = require('./b');\nexports.late = 'a-late';\nexports.fromB = b.sawA;");
        Js.Write(root, "b.js", "const a = require('./a');\nexports.sawA = `${a.early}/${a.late}`;\nglobalThis.bRuns = (globalThis.bRuns || 0) + 1;");
        using var rt = InPackage(root);
        Assert.Equal("a-early/undefined", (await rt.EvalOk("require('./a').fromB")).Text);
        Assert.Equal(1, (await rt.EvalOk("require('./b'); require('/b.js'); bRuns")).Number);
    }

    [Fact]
    public async Task Bare_names_resolve_in_miniprogram_npm()
    {
        var root = Js.TempDir();
        Js.Write(root, "miniprogram_npm/dayjs/package.json", "{ \"main\": \"dist/day.js\" }");
        Js.Write(root, "miniprogram_npm/dayjs/dist/day.js", "module.exports = () => 'dayjs';");
        Js.Write(root, "pages/index/index.js", "module.exports = require('dayjs')();");
        using var rt = InPackage(root);
        Assert.Equal("dayjs", (await rt.EvalOk("require('./pages/index/index')")).Text);
    }

    [Fact]
    public async Task Require_cannot_leave_the_package_root()
    {
        var root = Js.TempDir();
        var outside = Path.Combine(Path.GetDirectoryName(root)!, Guid.NewGuid().ToString("N") + ".js");
        await File.WriteAllTextAsync(outside, "module.exports = 'secret';");
        using var rt = InPackage(root);
        var error = await rt.EvalError($"require('../{Path.GetFileName(outside)}')");
        Assert.Contains("leaves the package root", error.Message, StringComparison.Ordinal);

        File.CreateSymbolicLink(Path.Combine(root, "link.js"), outside);
        error = await rt.EvalError("require('./link.js')");
        Assert.Contains("links outside the package root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_module_is_a_catchable_error_naming_both_ends()
    {
        using var rt = InPackage(Js.TempDir());
        var error = await rt.EvalError("require('./nope')", "main.js");
        Assert.Contains("Cannot find module './nope' from '/'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("main.js", 1, 1), error.Location);
    }

    [Fact]
    public async Task A_syntax_error_in_a_module_names_the_module_file_line_and_column()
    {
        var root = Js.TempDir();
        Js.Write(root, "broken.js", "const ok = 1;\nconst bad = ;\n");
        var diagnostics = new DiagnosticBag();
        using var rt = InPackage(root, diagnostics);
        var error = await rt.EvalError("require('./broken')");
        Assert.Contains("/broken.js:2:13", error.Message, StringComparison.Ordinal);
        var d = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(new SourceLocation("/broken.js", 2, 13), d.Location);
        Assert.Equal(DiagnosticCodes.ScriptSyntaxError, d.Code);
    }

    [Fact]
    public async Task A_runtime_error_in_a_module_keeps_the_files_own_line_numbers()
    {
        var root = Js.TempDir();
        Js.Write(root, "throws.js", "// line 1\n// line 2\nthrow new Error('at three');\n");
        using var rt = InPackage(root);
        var error = await rt.EvalError("require('./throws')");
        Assert.Equal(new SourceLocation("/throws.js", 3, 1), error.Location);
    }

    [Fact]
    public async Task Malformed_json_reports_its_line_and_column()
    {
        var root = Js.TempDir();
        Js.Write(root, "app.json", "{\n  \"pages\": [\n    \"index\",,\n  ]\n}");
        using var rt = InPackage(root);
        var error = await rt.EvalError("require('./app.json')");
        Assert.Contains("/app.json:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_module_is_not_cached_so_a_fixed_file_loads()
    {
        var root = Js.TempDir();
        Js.Write(root, "flaky.js", "throw new Error('first time');");
        using var rt = InPackage(root);
        await rt.EvalError("require('./flaky')");
        Js.Write(root, "flaky.js", "module.exports = 'second time';");
        Assert.Equal("second time", (await rt.EvalOk("require('./flaky')")).Text);
    }

    [Fact]
    public async Task Without_a_module_root_require_says_so()
    {
        using var rt = Js.Start();
        var error = await rt.EvalError("require('./x')");
        Assert.Contains("no module root", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_glass_easel_bundle_loads_through_require()
    {
        var modules = Path.Combine(Js.RepoRoot, "src", "framework", "node_modules");
        Assert.True(Directory.Exists(modules), "src/framework/node_modules is missing: run ./dev setup (npm ci)");
        using var rt = InPackage(modules);
        var value = await rt.EvalOk("const ge = require('/glass-easel/dist/glass_easel.all.js'); `${ge.BackendMode.Composed}:${typeof ge.Component}`");
        Assert.Equal("2:function", value.Text);
    }
}
