using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Conformance.Suites.Paint;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Conformance.Suites;

/// <summary>
/// Paint reftests against headless Chromium (conformance/paint): each case (WXML + WXSS, with the
/// suite's <c>base.wxss</c> as <c>app.wxss</c>) runs as a one-page package through the whole engine
/// (glass-easel, op stream, cascade, layout, text, paint, the GLES renderer on EGL) at 375 px wide,
/// device pixel ratio 2, and the frame is compared with Chromium's screenshots under the case's
/// tolerance from <c>manifest.json</c>: it passes within tolerance of either the software raster
/// reference (<c>references/</c>) or the GPU raster one (<c>references-gpu/</c>, where the case has
/// one; <see cref="PaintReferences"/> says why). The case's scene is also compared with its committed
/// <c>SceneDump</c> golden (<c>scenes/&lt;name&gt;.txt</c>), so a paint change shows without a GPU;
/// <c>SPARROW_UPDATE_SCENES=1</c> rewrites the goldens (scripts/update-paint-scenes.sh).
/// </summary>
public sealed class PaintSuite : IConformanceSuite
{
    /// <summary>Issue 7's budget: a frame of any page never takes more draw calls than this (typical pages ≤ 20).</summary>
    internal const int MaxDrawCalls = 100;

    public string Name => "paint";

    public string Oracle => "headless Chromium screenshots, software or GPU raster (conformance/paint/references, references-gpu)";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var suite = Path.Combine(conformanceRoot, Name);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(suite, "manifest.json")))!;
        var noise = (int?)manifest["noiseFloor"] ?? 2;
        var width = (int?)manifest["width"] ?? 375;
        var ratio = (double?)manifest["devicePixelRatio"] ?? 2;
        var baseSheet = File.ReadAllText(Path.Combine(suite, (string?)manifest["base"] ?? "base.wxss"));
        var update = Environment.GetEnvironmentVariable("SPARROW_UPDATE_SCENES") == "1";
        var cache = Path.Combine(artifacts, "cache");
        foreach (var entry in manifest["cases"]!.AsArray())
        {
            var spec = new PaintCase(
                (string)entry!["name"]!,
                (string?)entry["kind"] ?? "rect",
                (int)entry["height"]!,
                (int)entry["maxChannelDiff"]!,
                (int)entry["maxDifferingPixels"]!);
            yield return RunCase(suite, spec, baseSheet, width, ratio, noise, update, Path.Combine(artifacts, Name), cache);
        }
    }

    private static CaseOutcome RunCase(string suite, PaintCase spec, string baseSheet, int width, double ratio, int noise, bool update, string outDir, string cache)
    {
        var id = spec.Kind + "/" + spec.Name;
        var packageDir = Path.Combine(outDir, "packages", spec.Name);
        var actualPng = Path.Combine(outDir, spec.Name + ".actual.png");
        var diffPng = Path.Combine(outDir, spec.Name + ".diff.png");
        var gpuDiffPng = Path.Combine(outDir, spec.Name + ".diff-gpu.png");
        var expectedPng = Path.Combine(suite, "references", spec.Name + ".png");
        var gpuPng = Path.Combine(suite, "references-gpu", spec.Name + ".png");
        var wantText = $"either Chromium reference (software or GPU raster), max channel diff ≤ {spec.MaxChannelDiff}, ≤ {spec.MaxDifferingPixels} pixels differing by more than {noise}; ≤ {MaxDrawCalls} draw calls";
        var diagnostics = new DiagnosticBag();
        string? scene;
        RgbaImage? actual;
        FrameRecord frame;
        try
        {
            WritePackage(suite, spec.Name, baseSheet, packageDir);
            var package = PackageLoader.Load(packageDir, diagnostics);
            using var session = HeadlessSession.Start(package, new HeadlessOptions
            {
                Width = width,
                Height = spec.Height,
                PixelRatio = ratio,
                CacheDirectory = cache,
                Diagnostics = diagnostics,
            });
            session.Settle();
            frame = session.RenderFrame(capture: true, actualPng);
            actual = session.LastPixels;
            scene = session.SceneText();
        }
#pragma warning disable CA1031 // One broken case must not stop the suite.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new CaseOutcome(id, spec.Kind, false, wantText, "(failed: " + e.Message + ")", ExpectedImage: expectedPng);
        }

        var errors = diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        if (actual is null || scene is null)
        {
            return new CaseOutcome(id, spec.Kind, false, wantText, "(no frame: no GPU context or no page)", string.Join('\n', errors), expectedPng);
        }

        var reference = PngDecoder.TryDecode(File.ReadAllBytes(expectedPng), expectedPng, out _);
        if (reference is null || reference.Width != actual.Width || reference.Height != actual.Height)
        {
            return new CaseOutcome(id, spec.Kind, false, wantText, $"(reference missing or {reference?.Width}×{reference?.Height}, frame {actual.Width}×{actual.Height})", null, expectedPng, actualPng);
        }

        var gpuReference = PaintReferences.TryLoad(gpuPng, out var gpuNote);
        var tolerance = new PaintTolerance(spec.MaxChannelDiff, spec.MaxDifferingPixels, noise);
        var match = PaintReferences.Judge(reference, gpuReference, actual, tolerance, diffPng, gpuDiffPng, gpuNote);
        var sceneOk = CheckScene(Path.Combine(suite, "scenes", spec.Name + ".txt"), scene, update, out var sceneNote);
        var drawCallsOk = frame.DrawCalls <= MaxDrawCalls;
        var drawCallNote = drawCallsOk ? "draw calls" : $"draw calls (over the budget of {MaxDrawCalls})";
        var actualText = string.Create(CultureInfo.InvariantCulture, $"{match.Describe(actual.Width * actual.Height)}; {frame.DrawCalls} {drawCallNote}; {sceneNote}");
        var detail = errors.Length == 0 ? null : string.Join('\n', errors);
        var hasGpu = match.Gpu is not null;
        return new CaseOutcome(
            id, spec.Kind, match.Passed && drawCallsOk && sceneOk && errors.Length == 0, wantText, actualText, detail, expectedPng, actualPng, diffPng,
            hasGpu ? gpuPng : null, hasGpu ? gpuDiffPng : null);
    }

    private static bool CheckScene(string golden, string scene, bool update, out string note)
    {
        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, scene);
            note = "scene golden written";
            return true;
        }

        if (!File.Exists(golden))
        {
            note = "no scene golden (run scripts/update-paint-scenes.sh)";
            return false;
        }

        var same = string.Equals(File.ReadAllText(golden).ReplaceLineEndings("\n"), scene.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        note = same ? "scene matches its golden" : "scene differs from its golden";
        return same;
    }

    private static void WritePackage(string suite, string name, string baseSheet, string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        var page = Path.Combine(dir, "pages", "index");
        Directory.CreateDirectory(page);
        File.WriteAllText(Path.Combine(dir, "app.json"), """{ "pages": ["pages/index/index"] }""");
        File.WriteAllText(Path.Combine(dir, "app.js"), "App({});");
        File.WriteAllText(Path.Combine(dir, "app.wxss"), baseSheet);
        File.WriteAllText(Path.Combine(page, "index.js"), "Page({});");
        File.Copy(Path.Combine(suite, "cases", name + ".wxml"), Path.Combine(page, "index.wxml"));
        File.Copy(Path.Combine(suite, "cases", name + ".wxss"), Path.Combine(page, "index.wxss"));
        var images = Path.Combine(dir, "images");
        Directory.CreateDirectory(images);
        foreach (var file in Directory.GetFiles(Path.Combine(suite, "images")))
        {
            File.Copy(file, Path.Combine(images, Path.GetFileName(file)));
        }
    }

    private readonly record struct PaintCase(string Name, string Kind, int Height, int MaxChannelDiff, int MaxDifferingPixels);
}
