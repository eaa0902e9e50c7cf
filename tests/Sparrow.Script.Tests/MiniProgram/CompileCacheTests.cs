using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>Compiled templates are cached by content hash: a warm start never runs the compiler.</summary>
public class CompileCacheTests
{
    [Fact]
    public async Task A_warm_start_does_not_run_the_compiler_and_renders_the_same()
    {
        var package = CopyOfBasic();
        var cache = Js.TempDir();
        string coldTree;
        using (var cold = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache }))
        {
            Assert.Equal(1, cold.Runtime.TemplateCompilerRuns);
            Assert.Contains("template-compiler", (await cold.RunAsync("__sparrowHost.loadedModules()")).Text, System.StringComparison.Ordinal);
            coldTree = await cold.TreeAsync();
        }

        Assert.Single(Directory.GetFiles(Path.Combine(cache, "templates"), "*.json"));
        using (var warm = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache }))
        {
            Assert.Equal(0, warm.Runtime.TemplateCompilerRuns);
            Assert.Equal(coldTree, await warm.TreeAsync());
            // The compiler module was not even loaded.
            Assert.DoesNotContain("template-compiler", (await warm.RunAsync("__sparrowHost.loadedModules()")).Text, System.StringComparison.Ordinal);
        }

        // Any WXML change is a new key: compiled again.
        File.AppendAllText(Path.Combine(package, "components", "card", "card.wxml"), "<view>more</view>\n");
        using (var changed = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache }))
        {
            Assert.Equal(1, changed.Runtime.TemplateCompilerRuns);
            Assert.Contains("more", await changed.TreeAsync(), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_warm_start_reports_the_same_template_problems()
    {
        var package = MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/a/a"] }"""),
            ("pages/a/a.wxml", "<view>\n  <text bad=\"{{ }}\"\n"),
            ("pages/a/a.js", "Page({});\n"));
        var cache = Js.TempDir();
        string cold;
        using (var first = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache }))
        {
            cold = first.DiagnosticsText();
        }

        using var second = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache });
        Assert.Equal(0, second.Runtime.TemplateCompilerRuns);
        Assert.Contains(MiniProgramDiagnosticCodes.TemplateError, cold, System.StringComparison.Ordinal);
        Assert.Equal(cold, second.DiagnosticsText());
    }

    [Fact]
    public async Task A_corrupt_cache_entry_is_reported_and_compiled_anew()
    {
        var package = CopyOfBasic();
        var cache = Js.TempDir();
        using (await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache }))
        {
        }

        var entry = Directory.GetFiles(Path.Combine(cache, "templates"), "*.json").Single();
        File.WriteAllText(entry, "{ not json");
        using var again = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions { CacheDirectory = cache });
        Assert.Equal(1, again.Runtime.TemplateCompilerRuns);
        Assert.Contains(again.Diagnostics.Snapshot(), d => d.Code == MiniProgramDiagnosticCodes.CompileCacheFailed);
        Assert.Contains("card-title", await again.TreeAsync(), System.StringComparison.Ordinal);
    }

    private static string CopyOfBasic()
    {
        var source = MiniProgramHarness.Sample("basic");
        var target = Js.TempDir();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        return target;
    }
}
