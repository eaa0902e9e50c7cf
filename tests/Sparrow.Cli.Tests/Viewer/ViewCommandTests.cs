using System;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Host.Embedding;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Cli.Tests.Viewer;

/// <summary>
/// <c>sparrow view</c> under Xvfb: the window, captured from the X server, shows what the headless
/// engine renders for the same page; a changed package file reloads the page.
/// </summary>
public class ViewCommandTests(ITestOutputHelper output)
{
    /// <summary>The paint suite's tolerance for whole pages: noise floor 2 per channel, at most 4 % of pixels differ.</summary>
    private const int NoiseFloor = 2;
    private const double MaxDifferingShare = 0.04;

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(stdout, stderr));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [XvfbTheory]
    [InlineData("--host-context")] // SDL's GL ES context, the engine draws into its framebuffer 0
    [InlineData("--egl-window")] // the engine's own EGL window surface on SDL's X11 window
    public void The_window_shows_what_the_headless_engine_renders_for_the_same_page(string surface)
    {
        var showcase = Path.Combine(AotBinary.RepoRoot, "samples", "showcase");
        var (width, height, expected) = Headless(showcase);

        string[] args = ["--size", "375x667@2", "--virtual-time", "--no-watch", "--no-cache"];
        using var viewer = new ViewerProcess([showcase, .. args, .. surface == "--egl-window" ? new[] { surface } : []]);
        var window = viewer.WaitFor("window ").Split(' ')[1];
        viewer.WaitFor("ready ");
        var shot = viewer.Capture(window);

        Assert.Equal((width, height), (shot.Width, shot.Height));
        var (differing, maxDiff) = Compare(expected, shot.Rgba);
        output.WriteLine($"{differing} of {width * height} pixels differ by more than {NoiseFloor}; largest channel difference {maxDiff}");
        Assert.True(differing <= MaxDifferingShare * width * height, $"{differing} pixels differ (largest channel difference {maxDiff})\n{viewer.Errors}");
        Assert.Equal(0, viewer.Terminate());
    }

    [XvfbFact]
    public void Changing_a_package_file_reloads_the_page_in_the_window()
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-view-reload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        File.WriteAllText(Path.Combine(root, "app.json"), """{ "pages": ["pages/index/index"] }""");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({})");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), "Page({})");
        var wxml = Path.Combine(root, "pages", "index", "index.wxml");
        File.WriteAllText(wxml, "<view style=\"height: 100px; background: #ff0000\"></view>");

        using var viewer = new ViewerProcess(root, "--size", "200x300@1", "--virtual-time", "--no-cache");
        var window = viewer.WaitFor("window ").Split(' ')[1];
        viewer.WaitFor("ready ");

        // The shell is on (the embedding default): WeChat's default black navigation bar is the top 64 px, the page starts below it.
        var first = viewer.Capture(window);
        Assert.Equal((0, 0, 0), Pixel(first, 50, 30));
        Assert.Equal((255, 0, 0), Pixel(first, 50, 114));

        File.WriteAllText(wxml, "<view style=\"height: 100px; background: #0000ff\"></view>");
        viewer.WaitFor("reloading pages/index/index");
        viewer.WaitFor("ready ");
        Assert.Equal((0, 0, 255), Pixel(viewer.Capture(window), 50, 114));
        Assert.Equal(0, viewer.Terminate());
    }

    [XvfbFact]
    public void Hot_reload_rebuilds_the_page_stack_with_its_queries()
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-view-stack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        Directory.CreateDirectory(Path.Combine(root, "pages", "detail"));
        File.WriteAllText(Path.Combine(root, "app.json"), """{ "pages": ["pages/index/index", "pages/detail/detail"] }""");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({})");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), "Page({ open() { wx.navigateTo({ url: '/pages/detail/detail?id=7' }) } })");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxml"), "<view bindtap=\"open\" style=\"height: 200px; background: #ff0000\"></view>");
        File.WriteAllText(Path.Combine(root, "pages", "detail", "detail.js"), "Page({ data: { id: '' }, onLoad(o) { this.setData({ id: o.id }) } })");
        var detail = Path.Combine(root, "pages", "detail", "detail.wxml");
        File.WriteAllText(detail, "<view style=\"height: {{id * 20}}px; background: #00ff00\"></view>");

        using var viewer = new ViewerProcess(root, "--size", "200x300@1", "--virtual-time", "--no-cache");
        var window = viewer.WaitFor("window ").Split(' ')[1];
        viewer.WaitFor("ready ");
        using var input = new XTest(viewer.Display, window);
        input.Click(100, 150);
        // The detail page is 7 × 20 = 140 px of green below the 64 px navigation bar.
        Assert.Equal((0, 255, 0), Eventually(viewer, window, 100, 150, (0, 255, 0)));

        File.WriteAllText(detail, "<view style=\"height: {{id * 20}}px; background: #0000ff\"></view>");
        viewer.WaitFor("reloading pages/index/index > pages/detail/detail?id=7");
        viewer.WaitFor("ready ");
        var shot = viewer.Capture(window);
        Assert.Equal((0, 0, 255), Pixel(shot, 100, 150)); // the query came back: still 140 px tall
        Assert.Equal((255, 255, 255), Pixel(shot, 100, 220));
        Assert.Equal(0, viewer.Terminate());
    }

    [XvfbFact]
    public void A_click_taps_the_page_and_the_wheel_scrolls_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-view-input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        File.WriteAllText(Path.Combine(root, "app.json"), """{ "pages": ["pages/index/index"] }""");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({})");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), "Page({ data: { color: '#ff0000' }, flip() { this.setData({ color: '#00ff00' }) } })");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxml"),
            "<view bindtap=\"flip\" style=\"height: 100px; background: {{color}}\"></view><view style=\"height: 2000px; background: #0000ff\"></view>");

        using var viewer = new ViewerProcess(root, "--size", "200x300@2", "--virtual-time", "--no-watch", "--no-cache");
        var window = viewer.WaitFor("window ").Split(' ')[1];
        viewer.WaitFor("ready ");
        // Below the shell's 64 px navigation bar: device pixel y 228 is CSS 114, page y 50.
        Assert.Equal((255, 0, 0), Pixel(viewer.Capture(window), 100, 228));

        using var input = new XTest(viewer.Display, window);
        input.Click(100, 228);
        Assert.Equal((0, 255, 0), Eventually(viewer, window, 100, 228, (0, 255, 0)));

        // Five notches of 48 CSS px: the page moves up 240 px, so page y 290 (the blue block) is under device pixel y 228.
        input.WheelDown(100, 300, 5);
        Assert.Equal((0, 0, 255), Eventually(viewer, window, 100, 228, (0, 0, 255)));
        Assert.Equal(0, viewer.Terminate());
    }

    [XvfbFact]
    public void Frames_and_screenshot_save_the_last_frame_and_quit()
    {
        var showcase = Path.Combine(AotBinary.RepoRoot, "samples", "showcase");
        var png = Path.Combine(Path.GetTempPath(), $"sparrow-view-{Guid.NewGuid():N}.png");
        using var viewer = new ViewerProcess(showcase, "--device", "iphone-14", "--virtual-time", "--no-watch", "--frames", "3", "--screenshot", png, "--overlay");

        Assert.Equal("window", viewer.WaitFor("window ").Split(' ')[0]);
        Assert.Equal(0, viewer.WaitForExit());
        var header = File.ReadAllBytes(png)[..24];
        Assert.Equal((1170, 2532), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20))));
    }

    [Fact]
    public async Task Bad_options_are_usage_errors_before_any_window_opens()
    {
        Assert.Equal(2, (await Run("view")).Code);
        var device = await Run("view", "samples/showcase", "--device", "nokia-3310");
        Assert.Equal(2, device.Code);
        Assert.Contains("iphone-14", device.Err, StringComparison.Ordinal);
        Assert.Equal(2, (await Run("view", "samples/showcase", "--device", "iphone-14", "--size", "375x667@2")).Code);
        Assert.Equal(2, (await Run("view", "samples/showcase", "--screenshot", "a.png")).Code);
        Assert.Equal(1, (await Run("view", "/no/such/package")).Code);
        var help = await Run("view", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("pixel-7", help.Out, StringComparison.Ordinal);
    }

    /// <summary>The page as the engine draws it offscreen through the same API, with the same virtual clock.</summary>
    private static (int Width, int Height, byte[] Rgba) Headless(string package)
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var program = engine.Open(package, new OpenOptions { Width = 375, Height = 667, PixelRatio = 2 });
        program.RenderFrame(0);
        var pixels = new byte[program.PixelWidth * program.PixelHeight * 4];
        program.ReadPixels(pixels);
        return (program.PixelWidth, program.PixelHeight, pixels);
    }

    private static (int Differing, int MaxDiff) Compare(byte[] expected, byte[] actual)
    {
        int differing = 0, maxDiff = 0;
        for (var i = 0; i < expected.Length; i += 4)
        {
            var diff = Math.Max(Math.Abs(expected[i] - actual[i]), Math.Max(Math.Abs(expected[i + 1] - actual[i + 1]), Math.Abs(expected[i + 2] - actual[i + 2])));
            maxDiff = Math.Max(maxDiff, diff);
            differing += diff > NoiseFloor ? 1 : 0;
        }

        return (differing, maxDiff);
    }

    /// <summary>The window's pixel once it is <paramref name="wanted"/>, or whatever it is after 60 s.</summary>
    private static (int R, int G, int B) Eventually(ViewerProcess viewer, string window, int x, int y, (int, int, int) wanted)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var pixel = Pixel(viewer.Capture(window), x, y);
        while (pixel != wanted && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            System.Threading.Thread.Sleep(200);
            pixel = Pixel(viewer.Capture(window), x, y);
        }

        return pixel;
    }

    private static (int R, int G, int B) Pixel(XwdImage image, int x, int y)
    {
        var o = ((y * image.Width) + x) * 4;
        return (image.Rgba[o], image.Rgba[o + 1], image.Rgba[o + 2]);
    }
}
