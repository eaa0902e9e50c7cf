using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Headless;

/// <summary>The showcase sample through the whole engine: op stream → styles → layout → paint → GLES on llvmpipe.</summary>
public sealed class HeadlessSessionTests
{
    private static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = true)
    {
        var package = PackageLoader.Load(RepoPaths.Of("samples", "showcase"), diagnostics);
        return HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw });
    }

    [EglFact]
    public void The_showcase_renders_without_diagnostics_and_its_pixels_are_the_page()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        Assert.True(session.Settle());
        var frame = session.RenderFrame(capture: true);
        Assert.Empty(diagnostics.Snapshot());
        var pixels = session.LastPixels!;
        Assert.Equal((750, 1334), (pixels.Width, pixels.Height));
        // The page background (#f3f5f9) at the left margin, the hero's gradient starting blue at its top left.
        Assert.Equal(new Color(0xf3, 0xf5, 0xf9, 0xff), Pixel(pixels, 4, 600));
        var hero = Pixel(pixels, 40, 40);
        Assert.True(hero.B > 200 && hero.R < 80, $"hero pixel {hero}");
        Assert.InRange(frame.DrawCalls, 1, 100);
        Assert.True(frame.Boxes > 50);
    }

    [EglFact]
    public void A_fractional_pixel_ratio_renders_a_frame_of_whole_device_pixels()
    {
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(RepoPaths.Of("samples", "showcase"), diagnostics);
        using var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = true, Width = 412, Height = 915, PixelRatio = 2.625 });
        Assert.True(session.Settle());
        session.RenderFrame(capture: true);
        Assert.Empty(diagnostics.Snapshot());
        var pixels = session.LastPixels!;
        Assert.Equal((1082, 2402), (pixels.Width, pixels.Height)); // 412 × 2.625 = 1,081.5 and 915 × 2.625 = 2,401.875, rounded
        Assert.Equal(new Color(0xf3, 0xf5, 0xf9, 0xff), Pixel(pixels, 4, 800));
    }

    [EglFact]
    public void A_setData_in_a_later_task_changes_the_next_frame()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        session.RenderFrame(capture: true); // first frame: the first batch, progress 0
        var fill = FillPixel(session);
        var before = Pixel(session.LastPixels!, fill.X, fill.Y);
        session.Settle(); // runs the 100 ms timer: progress 72
        session.RenderFrame(capture: true);
        var after = Pixel(session.LastPixels!, fill.X, fill.Y);
        Assert.NotEqual(before, after);
        Assert.True(after.G > after.R && after.G > after.B, $"progress fill {after}");
    }

    [Fact]
    public void The_layout_dump_of_the_showcase_puts_the_hero_where_its_margins_say()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics, draw: false);
        session.Settle();
        session.RenderFrame(capture: false);
        using var json = JsonDocument.Parse(LayoutDump.ToJson(session.CurrentPage!));
        var hero = json.RootElement.GetProperty("children")[0];
        Assert.Equal("wx-view", hero.GetProperty("tag").GetString());
        Assert.Equal(12, hero.GetProperty("x").GetDouble()); // 24rpx at 375 px
        Assert.Equal(12, hero.GetProperty("y").GetDouble());
        Assert.Equal(351, hero.GetProperty("width").GetDouble());
    }

    /// <summary>Device pixel inside the progress bar's fill at 50 % of the track (device px, ratio 2).</summary>
    private static (int X, int Y) FillPixel(HeadlessSession session)
    {
        var page = session.CurrentPage!;
        using var json = JsonDocument.Parse(LayoutDump.ToJson(page));
        var track = json.RootElement.GetProperty("children").EnumerateArray()
            .First(e => e.GetProperty("height").GetDouble() == 8 && e.GetProperty("children").GetArrayLength() == 1);
        var x = track.GetProperty("x").GetDouble() + (track.GetProperty("width").GetDouble() / 2);
        var y = track.GetProperty("y").GetDouble() + 4;
        return ((int)(x * 2), (int)(y * 2));
    }

    private static Color Pixel(RgbaImage image, int x, int y)
    {
        var i = ((y * image.Width) + x) * 4;
        var p = image.Pixels;
        return new Color(p[i], p[i + 1], p[i + 2], p[i + 3]);
    }
}
