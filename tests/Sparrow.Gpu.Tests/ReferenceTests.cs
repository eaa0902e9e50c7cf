using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// Pixel reftests against Chromium: each case in References/manifest.txt renders its scene and compares
/// with the committed PNG under the case's fuzz. Actual images and expected | actual | diff sheets go to
/// bin/…/reftest-output/ for a person to look at.
/// </summary>
public partial class ReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Manifest())
        {
            data.Add(entry.Name);
        }

        return data;
    }

    [EglTheory]
    [MemberData(nameof(Cases))]
    public void Scene_matches_chromium(string name)
    {
        var entry = Manifest().Single(e => e.Name == name);
        var expected = PngDecoder.TryDecode(File.ReadAllBytes(Path.Combine(ReferenceScenes.ReferenceDirectory, name + ".png")), name + ".png", out var diagnostic)
            ?? throw new InvalidOperationException(diagnostic?.ToString());

        using var gpu = new GpuHarness(ReferenceScenes.Width, ReferenceScenes.Height);
        var actual = gpu.Render(b => ReferenceScenes.All[name](b, gpu.Renderer));
        var stats = gpu.Renderer.LastFrame;
        var result = ImageComparison.Compare(expected, actual);

        var outDir = Path.Combine(AppContext.BaseDirectory, "reftest-output");
        Directory.CreateDirectory(outDir);
        PngWriter.WriteFile(actual, Path.Combine(outDir, name + ".actual.png"));
        PngWriter.WriteFile(ImageComparison.SideBySide(expected, actual, 4), Path.Combine(outDir, name + ".compare.png"));
        output.WriteLine($"{name}: max difference {result.MaxDifference}, {result.DifferingPixels} pixels differ (allowed {entry.MaxDifference}, {entry.MaxPixels}); draw calls {stats.DrawCalls}, batches {stats.Batches}, layers {stats.Layers}");

        var passes = result.MaxDifference <= entry.MaxDifference && result.DifferingPixels <= entry.MaxPixels;
        if (entry.KnownFailure)
        {
            output.WriteLine(passes ? "known failure NOW PASSES: remove 'fails' from the manifest" : "known failure (listed in manifest.txt)");
            return;
        }

        Assert.True(passes, $"{name}: max difference {result.MaxDifference} (allowed {entry.MaxDifference}), {result.DifferingPixels} pixels differ (allowed {entry.MaxPixels}). See {outDir}.");
    }

    [Fact]
    public void Every_case_has_a_scene_an_html_source_and_a_reference()
    {
        foreach (var entry in Manifest())
        {
            Assert.True(ReferenceScenes.All.ContainsKey(entry.Name), entry.Name + " has no scene");
            Assert.True(File.Exists(Path.Combine(ReferenceScenes.ReferenceDirectory, entry.Name + ".html")), entry.Name + ".html missing");
            Assert.True(File.Exists(Path.Combine(ReferenceScenes.ReferenceDirectory, entry.Name + ".png")), entry.Name + ".png missing");
        }

        Assert.Equal(ReferenceScenes.All.Count, Manifest().Count);
    }

    private static List<ManifestEntry> Manifest()
    {
        var result = new List<ManifestEntry>();
        foreach (var raw in File.ReadAllLines(Path.Combine(ReferenceScenes.ReferenceDirectory, "manifest.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var m = EntryLine().Match(line);
            if (!m.Success)
            {
                throw new FormatException("Bad manifest line: " + line);
            }

            result.Add(new ManifestEntry(
                m.Groups["name"].Value,
                int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture),
                m.Groups["fails"].Success));
        }

        return result;
    }

    [GeneratedRegex(@"^(?<fails>fails\s+)?fuzzy\((?<d>\d+),(?<n>\d+)\)\s+(?<name>\w+)$")]
    private static partial Regex EntryLine();

    private sealed record ManifestEntry(string Name, int MaxDifference, int MaxPixels, bool KnownFailure);
}
