using System;
using System.Diagnostics;
using System.IO;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>The C embedder (samples/embed-c) builds with CMake against sparrow.h, runs over libsparrow.so and draws what the headless session draws.</summary>
public sealed class NativeEmbedderTests
{
    private const int Frames = 10;

    [NativeLibFact]
    public void The_C_embedder_builds_runs_and_writes_the_headless_frame()
    {
        var build = Directory.CreateTempSubdirectory("sparrow-embed-c-");
        try
        {
            Run("cmake", $"-S \"{RepoPaths.Of("samples", "embed-c")}\" -B \"{build.FullName}\" -DSPARROW_LIB_DIR=\"{NativeLibFactAttribute.Directory}\"", TimeSpan.FromMinutes(2));
            Run("cmake", $"--build \"{build.FullName}\"", TimeSpan.FromMinutes(2));
            var png = Path.Combine(build.FullName, "basic.png");
            var output = Run(Path.Combine(build.FullName, "embed-c"), $"\"{RepoPaths.Of("samples", "basic")}\" \"{png}\" {Frames}", TimeSpan.FromMinutes(2));

            Assert.Contains("pages/index/index", output, StringComparison.Ordinal);
            Assert.Contains("navigation bar: {\"title\":", output, StringComparison.Ordinal);
            Assert.Contains("page stack: [\"pages/index/index\"]", output, StringComparison.Ordinal);
            var actual = ImageDecoder.TryDecode(File.ReadAllBytes(png), png, out var failure);
            Assert.True(actual is not null, failure?.Message);
            var expected = HeadlessFrames(RepoPaths.Of("samples", "basic"));
            Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
            Assert.True(ImageDiff.MaxChannelDifference(expected.Pixels, actual.Pixels) <= 2, "the C embedder's PNG differs from the headless frame by more than 2 levels");
            Assert.True(ImageDiff.NonWhite(actual.Pixels) > 1000, "the C embedder's frame is blank");
        }
        finally
        {
            build.Delete(recursive: true);
        }
    }

    [NativeLibFact]
    public void The_C_host_answers_capabilities_and_a_missing_one_is_not_provided()
    {
        var build = Directory.CreateTempSubdirectory("sparrow-embed-c-host-");
        try
        {
            var package = Path.Combine(build.FullName, "package");
            Directory.CreateDirectory(Path.Combine(package, "pages", "index"));
            File.WriteAllText(Path.Combine(package, "app.json"), "{ \"pages\": [\"pages/index/index\"] }");
            File.WriteAllText(Path.Combine(package, "pages", "index", "index.wxml"), "<view>host</view>");
            File.WriteAllText(Path.Combine(package, "pages", "index", "index.js"), "Page({});");
            // login (C) → navigateToMiniProgram (C) with the code; scanCode has no C function: its fail goes along too.
            File.WriteAllText(Path.Combine(package, "app.js"), """
                App({ onLaunch() {
                  wx.login({ success: (r) => wx.scanCode({ fail: (e) => wx.navigateToMiniProgram({ appId: 'wx-' + r.code, extraData: { scan: e.errMsg } }) }) });
                } });
                """);
            Run("cmake", $"-S \"{RepoPaths.Of("samples", "embed-c")}\" -B \"{build.FullName}\" -DSPARROW_LIB_DIR=\"{NativeLibFactAttribute.Directory}\"", TimeSpan.FromMinutes(2));
            Run("cmake", $"--build \"{build.FullName}\"", TimeSpan.FromMinutes(2));
            var output = Run(Path.Combine(build.FullName, "embed-c"), $"\"{package}\" \"{Path.Combine(build.FullName, "host.png")}\" 3", TimeSpan.FromMinutes(2));

            Assert.Contains("navigateToMiniProgram: {\"appId\":\"wx-embed-c\",\"path\":null,\"envVersion\":\"release\",\"extraData\":{\"scan\":\"scanCode:fail not provided by this host\"}}", output, StringComparison.Ordinal);
        }
        finally
        {
            build.Delete(recursive: true);
        }
    }

    /// <summary>What embed-c does, through the headless session: settle, then <see cref="Frames"/> frames 1/60 s apart.</summary>
    private static RgbaImage HeadlessFrames(string root)
    {
        var diagnostics = new DiagnosticBag();
        using var session = HeadlessSession.Start(PackageLoader.Load(root, diagnostics), new HeadlessOptions { Diagnostics = diagnostics, Shell = true });
        session.Settle();
        session.RenderFrame(capture: false);
        for (var i = 1; i < Frames; i++)
        {
            session.Wait(TimeSpan.FromMilliseconds((i * (1000.0 / 60)) - ((i - 1) * (1000.0 / 60))));
            session.RenderFrame(capture: i == Frames - 1);
        }

        return session.LastPixels!;
    }

    private static string Run(string file, string arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {arguments} did not finish within {limit}");
        }

        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result + stderr.Result;
    }
}
