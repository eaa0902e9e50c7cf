using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Conformance.Suites;

/// <summary>
/// Real component libraries (npm tdesign-miniprogram, @vant/weapp, weui-miniprogram, installed by
/// set-up in conformance/packages): for every component folder, a generated host page uses the
/// component with default properties; the package is compiled once per library and each page is
/// opened in turn. A case passes when its component's templates compiled and its page mounted with
/// no error diagnostic (a JS error, a glass-easel failure), no library-wide error happened at start-up,
/// and the page opened (a component hidden by default may rightly render nothing).
/// </summary>
public sealed class ComponentsSuite : IConformanceSuite
{
    private static readonly (string Npm, string Dist)[] Libraries =
    [
        ("tdesign-miniprogram", "tdesign-miniprogram/miniprogram_dist"),
        ("@vant/weapp", "@vant/weapp/dist"),
        ("weui-miniprogram", "weui-miniprogram/miniprogram_dist"),
    ];

    public string Name => "components";

    public string Oracle => "the libraries themselves (each must mount without error)";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var modules = Path.Combine(conformanceRoot, "packages", "node_modules");
        foreach (var (npm, dist) in Libraries)
        {
            var source = Path.Combine(modules, dist);
            if (!Directory.Exists(source))
            {
                throw new DirectoryNotFoundException($"{source} is missing: run ./dev setup (npm ci in conformance/packages)");
            }

            foreach (var outcome in RunLibrary(npm, source, Path.Combine(artifacts, npm.Replace('/', '_'))))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>Component paths in a library's dist folder: each folder's <c>&lt;folder&gt;.json</c> or <c>index.json</c> declaring a component.</summary>
    internal static List<string> FindComponents(string dist)
    {
        var found = new List<string>();
        foreach (var dir in Directory.GetDirectories(dist).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            foreach (var candidate in new[] { name, "index" })
            {
                var json = Path.Combine(dir, candidate + ".json");
                if (File.Exists(json) && File.Exists(Path.Combine(dir, candidate + ".js")) && DeclaresComponent(json))
                {
                    found.Add(name + "/" + candidate);
                    break;
                }
            }
        }

        return found;
    }

    private static bool DeclaresComponent(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("component", out var c) && c.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<CaseOutcome> RunLibrary(string npm, string dist, string root)
    {
        var components = FindComponents(dist);
        WritePackage(npm, dist, root, components);
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(root, diagnostics);
        using var runtime = MiniProgramRuntime.StartAsync(package, new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
            TaskTimeLimit = TimeSpan.FromSeconds(20),
        }).GetAwaiter().GetResult();
        runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        var startup = diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        // An error at start-up that belongs to no one component (the templates failed to load, a
        // shared module broke) fails every page of the library: nothing rendered can be trusted.
        var folders = components.Select(c => "miniprogram_npm/" + npm + "/" + c[..c.IndexOf('/', StringComparison.Ordinal)] + "/").ToArray();
        var shared = startup.Where(d => !folders.Any(f => d.Location.File.StartsWith(f, StringComparison.Ordinal))).ToArray();
        var seen = diagnostics.Snapshot().Count;
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            var folder = "miniprogram_npm/" + npm + "/" + component[..component.IndexOf('/', StringComparison.Ordinal)] + "/";
            var compileErrors = startup.Where(d => d.Location.File.StartsWith(folder, StringComparison.Ordinal)).ToArray();
            runtime.EvaluateAsync($"wx.reLaunch({{ url: '/pages/c{i}/index' }})").GetAwaiter().GetResult();
            runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
            var all = diagnostics.Snapshot();
            var errors = all.Skip(seen).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            seen = all.Count;
            var tree = runtime.DumpTreeAsync().GetAwaiter().GetResult();
            var problems = shared.Concat(compileErrors).Concat(errors).ToArray();
            // A component hidden by default (a popup, a toast) may rightly render nothing; the page
            // must have opened, though.
            var rendered = tree is not null;
            var mounted = rendered && problems.Length == 0;
            var actual = shared.Length > 0 ? "library error: " + shared[0]
                : compileErrors.Length > 0 ? "compile error: " + compileErrors[0]
                : errors.Length > 0 ? "mount error: " + errors[0]
                : rendered ? "mounted" : "the page did not open";
            yield return new CaseOutcome(npm + "/" + component, npm, mounted, "mounted", actual, problems.Length > 1 ? string.Join('\n', problems.Skip(1).Take(4)) : null);
        }
    }

    private static void WritePackage(string npm, string dist, string root, List<string> components)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        DirectoryCopy.Tree(dist, Path.Combine(root, "miniprogram_npm", npm));
        var pages = new List<string>();
        for (var i = 0; i < components.Count; i++)
        {
            var dir = Path.Combine(root, "pages", "c" + i);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "index.json"), $$"""{ "usingComponents": { "x-under-test": "{{npm}}/{{components[i]}}" } }""");
            File.WriteAllText(Path.Combine(dir, "index.wxml"), "<x-under-test></x-under-test>");
            File.WriteAllText(Path.Combine(dir, "index.js"), "Page({});");
            pages.Add($"\"pages/c{i}/index\"");
        }

        File.WriteAllText(Path.Combine(root, "app.json"), $"{{ \"pages\": [{string.Join(", ", pages)}] }}");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({});");
    }
}
