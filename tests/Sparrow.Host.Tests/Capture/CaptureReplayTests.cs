using System;
using System.IO;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Capture;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Sparrow.Host.Tests.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Capture;

/// <summary>A page captured from a live headless session and replayed without package or JS gives the same layout and the same pixels.</summary>
public sealed class CaptureReplayTests
{
    private static (CaptureFile Capture, string LiveLayout, byte[]? LivePixels) CaptureLive(string sample, bool draw)
    {
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(RepoPaths.Of("samples", sample), diagnostics);
        using var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw, Record = true });
        Assert.True(session.Settle());
        session.RenderFrame(capture: draw);
        var capture = CaptureRecorder.Capture(session);
        Assert.Empty(diagnostics.Snapshot());
        return (capture, LayoutDump.ToJson(session.CurrentPage!), session.LastPixels?.Pixels);
    }

    /// <summary>Through the file format too: what is replayed is what was read back.</summary>
    private static CaptureFile RoundTrip(CaptureFile capture)
    {
        var path = Path.Combine(Path.GetTempPath(), "sparrow-capture-" + Guid.NewGuid().ToString("N") + CaptureFormat.Extension);
        try
        {
            CaptureWriter.WriteFile(capture, path);
            return CaptureReader.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_showcase_capture_holds_its_page_styles_images_and_data()
    {
        var (capture, _, _) = CaptureLive("showcase", draw: false);
        Assert.Equal("pages/index/index", capture.Route);
        Assert.Equal((375, 667, 2.0), (capture.Width, capture.Height, capture.PixelRatio));
        Assert.True(capture.Batches.Count >= 2, $"{capture.Batches.Count} batches"); // first render, then the progress setData
        Assert.Contains("/app.wxss", capture.StyleSheets.Keys);
        Assert.Contains("/pages/index/index.wxss", capture.StyleSheets.Keys);
        Assert.Contains("/components/stat-card/stat-card.wxss", capture.StyleSheets.Keys);
        using var data = JsonDocument.Parse(capture.DataJson!);
        Assert.Equal("Hello from Sparrow", data.RootElement.GetProperty("greeting").GetString());
        Assert.Equal(72, data.RootElement.GetProperty("progress").GetInt32());
    }

    [Fact]
    public void A_replayed_capture_lays_out_as_the_live_page_did()
    {
        var (capture, liveLayout, _) = CaptureLive("showcase", draw: false);
        var diagnostics = new DiagnosticBag();
        using var replay = CaptureReplay.Start(RoundTrip(capture), diagnostics, draw: false);
        var frame = replay.RenderFrame(capture: false);
        Assert.Empty(diagnostics.Snapshot());
        Assert.True(frame.Boxes > 50);
        Assert.Equal(liveLayout, LayoutDump.ToJson(replay.Page));
    }

    [EglFact]
    public void A_replayed_showcase_is_pixel_identical_to_the_live_shot()
    {
        var (capture, _, live) = CaptureLive("showcase", draw: true);
        Assert.Contains("/images/tile.png", capture.Images.Keys);
        AssertReplayDraws(capture, live);
    }

    [EglFact]
    public void A_replayed_feed_is_pixel_identical_to_the_live_shot()
    {
        var (capture, _, live) = CaptureLive("feed", draw: true);
        Assert.Equal(4, capture.Images.Count);
        AssertReplayDraws(capture, live);
    }

    /// <summary>Replays <paramref name="capture"/> (after a write and read) and expects no diagnostics and exactly <paramref name="live"/>'s pixels.</summary>
    private static void AssertReplayDraws(CaptureFile capture, byte[]? live)
    {
        var diagnostics = new DiagnosticBag();
        using var replay = CaptureReplay.Start(RoundTrip(capture), diagnostics, draw: true);
        replay.RenderFrame(capture: true);
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(live, replay.LastPixels!.Pixels);
    }

    [EglFact]
    public void An_image_missing_from_the_capture_is_a_warning_and_the_page_still_draws()
    {
        var (capture, _, _) = CaptureLive("showcase", draw: true);
        var diagnostics = new DiagnosticBag();
        using var replay = CaptureReplay.Start(capture with { Images = new System.Collections.Generic.Dictionary<string, byte[]>() }, diagnostics, draw: true);
        replay.RenderFrame(capture: true);
        Assert.NotNull(replay.LastPixels);
        var warning = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(HostDiagnosticCodes.ImageNotLoaded, warning.Code);
        Assert.Contains("not in the capture", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_that_did_not_record_cannot_be_captured()
    {
        var diagnostics = new DiagnosticBag();
        using var session = HeadlessSession.Start(PackageLoader.Load(RepoPaths.Of("samples", "showcase"), diagnostics), new HeadlessOptions { Diagnostics = diagnostics, Draw = false });
        session.Settle();
        Assert.Null(session.CurrentRecording);
        Assert.Throws<InvalidOperationException>(() => CaptureRecorder.Capture(session));
    }
}
