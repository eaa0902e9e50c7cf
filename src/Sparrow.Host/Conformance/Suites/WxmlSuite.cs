using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Conformance.Suites;

/// <summary>
/// WXML semantics against WeChat's official compiler (conformance/wxml): each case becomes a
/// one-page package whose page data is the case's data; the page runs through the real base
/// library on glass-easel, and its tree (as <c>sparrow dump --tree</c> prints it) is compared with
/// what wcc expanded.
/// </summary>
/// <remarks>
/// Normalisations, applied to both sides before comparing:
/// <list type="bullet">
/// <item>the root (<c>wx-page</c>) is compared by its children only: wcc gives it no attributes;</item>
/// <item>attributes compare as sets (order is not meaningful in either output);</item>
/// <item>adjacent text children are joined, and text children that are only white space are
/// dropped: wcc drops them between tags, glass-easel keeps them as text nodes that render nothing.</item>
/// </list>
/// Any other difference is a failure, listed in known-failures.txt with its reason when understood.
/// </remarks>
public sealed class WxmlSuite : IConformanceSuite
{
    public string Name => "wxml";

    public string Oracle => "wcc (miniprogram-compiler 0.2.3)";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var suite = Path.Combine(conformanceRoot, Name);
        var cache = Path.Combine(artifacts, "cache");
        foreach (var file in Directory.GetFiles(Path.Combine(suite, "cases"), "*.json").Order(StringComparer.Ordinal))
        {
            var cases = JsonNode.Parse(File.ReadAllText(file))!;
            var group = (string)cases["group"]!;
            var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(suite, "expected", Path.GetFileName(file))))!["expected"]!;
            foreach (var testCase in cases["cases"]!.AsArray())
            {
                var name = (string)testCase!["name"]!;
                yield return RunCase(group, name, testCase, expected[name], Path.Combine(artifacts, group, name), cache);
            }
        }
    }

    private static CaseOutcome RunCase(string group, string name, JsonNode testCase, JsonNode? expected, string packageDir, string cache)
    {
        var id = group + "/" + name;
        var want = expected is null ? "(no expectation: regenerate)" : Canonical(expected);
        WritePackage(testCase, packageDir);
        var diagnostics = new DiagnosticBag();
        string actual;
        try
        {
            actual = Dump(packageDir, diagnostics, cache);
        }
#pragma warning disable CA1031 // One broken case must not stop the suite.
        catch (Exception e)
#pragma warning restore CA1031
        {
            actual = "(failed: " + e.Message + ")";
        }

        var errors = diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        var detail = errors.Length == 0 ? null : string.Join('\n', errors);
        if (expected?["error"] is JsonNode wccError)
        {
            // wcc refuses this template: we pass when we refuse it too (an error diagnostic).
            return new CaseOutcome(id, group, errors.Length > 0, "(rejected) " + (string)wccError!, errors.Length > 0 ? "(rejected) " + detail : actual, detail);
        }

        return new CaseOutcome(id, group, errors.Length == 0 && actual == want, want, actual, detail);
    }

    private static void WritePackage(JsonNode testCase, string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "app.json"), """{ "pages": ["index"] }""");
        File.WriteAllText(Path.Combine(dir, "app.js"), "App({});");
        File.WriteAllText(Path.Combine(dir, "index.js"), $"Page({{ data: {testCase["data"]!.ToJsonString()} }});");
        foreach (var (path, text) in testCase["files"]!.AsObject())
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, (string)text!);
        }
    }

    private static string Dump(string dir, DiagnosticBag diagnostics, string cache)
    {
        var package = PackageLoader.Load(dir, diagnostics);
        using var runtime = MiniProgramRuntime.StartAsync(package, new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
            CacheDirectory = cache,
        }).GetAwaiter().GetResult();
        runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        var json = runtime.DumpTreeAsync().GetAwaiter().GetResult();
        return json is null ? "(no page)" : Canonical(JsonNode.Parse(json)!);
    }

    /// <summary>The tree in one canonical text form after the normalisations listed on the class.</summary>
    internal static string Canonical(JsonNode tree)
    {
        var root = tree.AsObject();
        var normal = new JsonObject { ["tag"] = (string?)root["tag"], ["children"] = Children(root["children"]) };
        return normal.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonArray Children(JsonNode? children)
    {
        var result = new JsonArray();
        string? text = null;
        foreach (var child in children?.AsArray() ?? [])
        {
            if (child is JsonValue value && value.TryGetValue<string>(out var s))
            {
                text = (text ?? string.Empty) + s;
                continue;
            }

            Flush(result, ref text);
            var element = child!.AsObject();
            var attributes = new JsonObject();
            foreach (var (key, attribute) in (element["attr"]?.AsObject() ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                attributes[key] = attribute?.DeepClone();
            }

            result.Add((JsonNode)new JsonObject { ["tag"] = (string?)element["tag"], ["attr"] = attributes, ["children"] = Children(element["children"]) });
        }

        Flush(result, ref text);
        return result;
    }

    private static void Flush(JsonArray result, ref string? text)
    {
        if (text is not null && text.Trim().Length > 0)
        {
            result.Add((JsonNode)JsonValue.Create(text));
        }

        text = null;
    }
}
