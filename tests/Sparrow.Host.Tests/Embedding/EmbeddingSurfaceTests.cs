using System.IO;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Embedding;
using Sparrow.Host.Headless;
using Sparrow.Host.Tests.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>Frames through the embedding API: offscreen pixels, the app's own context, theme and resize.</summary>
public sealed class EmbeddingSurfaceTests
{
    [EglFact]
    public void Offscreen_frames_match_the_headless_session()
    {
        var expected = HeadlessPixels(RepoPaths.Of("samples", "basic"));
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var program = engine.Open(RepoPaths.Of("samples", "basic"));
        program.RenderFrame(1000);

        var pixels = new byte[program.PixelWidth * program.PixelHeight * 4];
        program.ReadPixels(pixels);

        Assert.Equal((expected.Width, expected.Height), (program.PixelWidth, program.PixelHeight));
        Assert.True(ImageDiff.MaxChannelDifference(expected.Pixels, pixels) <= 2);
        Assert.True(ImageDiff.NonWhite(pixels) > 1000, "the frame is blank");
    }

    [EglFact]
    public void A_context_the_app_owns_receives_the_same_frame_in_its_framebuffer()
    {
        var expected = HeadlessPixels(RepoPaths.Of("samples", "basic"));
        using var appContext = EglDevice.TryCreateHeadless(out _)!;
        using var appFramebuffer = new OffscreenSurface(appContext, expected.Width, expected.Height);
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using (var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.HostContext }))
        {
            program.SetHostFramebuffer(appFramebuffer.FramebufferId);
            var frame = program.RenderFrame(0);
            Assert.True(frame.Drew);
        }

        appContext.MakeCurrent();
        var pixels = appFramebuffer.ReadPixels();
        Assert.True(ImageDiff.MaxChannelDifference(expected.Pixels, pixels.Pixels) <= 2);
        Assert.True(ImageDiff.NonWhite(pixels.Pixels) > 1000, "the app's framebuffer is blank");
    }

    [EglFact]
    public void Dark_theme_and_resize_restyle_the_page()
    {
        var package = Directory.CreateTempSubdirectory("sparrow-theme-");
        try
        {
            Directory.CreateDirectory(Path.Combine(package.FullName, "pages", "index"));
            File.WriteAllText(Path.Combine(package.FullName, "app.json"), "{ \"pages\": [\"pages/index/index\"] }");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.js"), "Page({});");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.wxml"), "<view class=\"box\"></view>");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.wxss"),
                ".box { width: 100vw; height: 100px; background: rgb(255, 0, 0); } @media (prefers-color-scheme: dark) { .box { background: rgb(0, 0, 255); } }");
            using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
            using var program = engine.Open(package.FullName, new OpenOptions { Width = 200, Height = 300, PixelRatio = 1, Shell = false });
            program.RenderFrame(0);
            Assert.Equal((255, 0, 0), PixelAt(program, 10, 10));

            program.SetTheme("dark");
            program.RenderFrame(16);
            Assert.Equal((0, 0, 255), PixelAt(program, 10, 10));

            program.Resize(320, 200);
            program.RenderFrame(32);
            Assert.Equal((320, 200), (program.PixelWidth, program.PixelHeight));
            Assert.Equal((0, 0, 255), PixelAt(program, 300, 10));
            Assert.Equal((255, 255, 255), PixelAt(program, 300, 150));
        }
        finally
        {
            package.Delete(recursive: true);
        }
    }

    /// <summary>The frame <c>sparrow shot</c> takes of <paramref name="root"/>: settled, one frame.</summary>
    internal static RgbaImage HeadlessPixels(string root)
    {
        var diagnostics = new DiagnosticBag();
        using var session = HeadlessSession.Start(PackageLoader.Load(root, diagnostics), new HeadlessOptions { Diagnostics = diagnostics, Shell = true });
        session.Settle();
        session.RenderFrame(capture: true);
        return session.LastPixels!;
    }

    private static (int R, int G, int B) PixelAt(MiniProgram program, int x, int y)
    {
        var pixels = new byte[program.PixelWidth * program.PixelHeight * 4];
        program.ReadPixels(pixels);
        var i = ((y * program.PixelWidth) + x) * 4;
        return (pixels[i], pixels[i + 1], pixels[i + 2]);
    }
}
