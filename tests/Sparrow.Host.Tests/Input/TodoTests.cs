using System;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Input;
using Sparrow.Host.Rendering;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// samples/todo driven by scripted touches: taps toggle rows, "Clear done" removes them, a
/// longpress removes one; checked on the layout dump, the page's text and the frame's pixels.
/// Rows are 49 px high from y = 60, 343 px wide from x = 16 (375 px viewport, ratio 2).
/// </summary>
public sealed class TodoTests
{
    private static readonly Color White = new(0xff, 0xff, 0xff, 0xff);
    private static readonly Color DoneRow = new(0xe3, 0xf6, 0xe8, 0xff);
    private static readonly Color DoneCheck = new(0x27, 0xa7, 0x45, 0xff);

    [EglFact]
    public void Tapping_a_row_turns_it_green_and_checks_it_in_the_next_frame()
    {
        using var session = Start(out var diagnostics, draw: true);
        session.RenderFrame(capture: true);
        Assert.Equal(White, Pixel(session, 300, 84));
        Assert.Equal(White, Pixel(session, 39, 84));

        Play(session, """[{"tap": "#item-1"}]""");
        session.RenderFrame(capture: true);
        Assert.Equal(DoneRow, Pixel(session, 300, 84));
        Assert.Equal(DoneCheck, Pixel(session, 39, 84));
        Assert.Equal(White, Pixel(session, 300, 133)); // the second row did not change
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_finger_on_a_label_with_pointer_events_none_toggles_its_row()
    {
        using var session = Start(out _);
        Play(session, """[{"tap": [80, 84]}]""");
        Assert.Equal("tap", session.InputEvents[^1].Type);
        Assert.Equal("item-1", session.InputEvents[^1].Id);
        Assert.Contains("4 left, 1 done", PageText(session), StringComparison.Ordinal);
        Assert.Contains("tap #item-1 row 0 at 80,84", PageText(session), StringComparison.Ordinal);
    }

    [Fact]
    public void Clear_done_removes_the_tapped_rows_from_the_layout()
    {
        using var session = Start(out _);
        Play(session, """
            [
              {"tap": "#item-1"},
              {"tap": {"selector": ".item", "index": 2}},
              {"tap": "#clear", "at": "400ms"}
            ]
            """);
        Assert.Contains("3 left, 0 done", PageText(session), StringComparison.Ordinal);
        var list = List(session);
        Assert.Equal(3, list.GetProperty("children").GetArrayLength());
        Assert.Equal(3 * 49, list.GetProperty("height").GetDouble());
    }

    [Fact]
    public void A_longpress_removes_the_row_and_does_not_also_tap_it()
    {
        using var session = Start(out _);
        Play(session, """[{"longpress": "#item-2", "duration": "600ms"}]""");
        Assert.Equal(["touchstart", "longpress", "touchend"], session.InputEvents.Select(e => e.Type));
        Assert.Contains("4 left, 0 done", PageText(session), StringComparison.Ordinal);
        Assert.Equal(4, List(session).GetProperty("children").GetArrayLength());
        Assert.Equal(-1, session.FindElement("#item-2"));
    }

    [Fact]
    public void A_swipe_across_the_rows_toggles_none_of_them()
    {
        using var session = Start(out _);
        Play(session, """[{"swipe": {"from": [300, 84], "to": [300, 280], "duration": "200ms", "steps": 8}}]""");
        Assert.Equal(8, session.InputEvents.Count(e => e.Type == "touchmove"));
        Assert.DoesNotContain(session.InputEvents, e => e.Type == "tap");
        Assert.Contains("5 left, 0 done", PageText(session), StringComparison.Ordinal);
    }

    private static void Play(HeadlessSession session, string script)
    {
        var diagnostics = new DiagnosticBag();
        var actions = InputScriptReader.Read("test.json", System.Text.Encoding.UTF8.GetBytes(script), diagnostics);
        InputScriptRunner.Run(session, actions, _ => session.RenderFrame(capture: true), diagnostics);
        Assert.Empty(diagnostics.Snapshot());
    }

    /// <summary>The page's element tree as JSON text (wcc's shape), which holds every text the page shows.</summary>
    private static string PageText(HeadlessSession session) =>
        session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("__sparrowHost.dumpTree()", "test:tree").ConfigureAwait(false)).Value.Text ?? string.Empty);

    private static JsonElement List(HeadlessSession session)
    {
        session.RenderFrame(capture: false);
        using var json = JsonDocument.Parse(LayoutDump.ToJson(session.CurrentPage!));
        return json.RootElement.GetProperty("children")[0].GetProperty("children")[1].Clone();
    }

    private static Color Pixel(HeadlessSession session, float x, float y)
    {
        var image = session.LastPixels!;
        var i = (((int)(y * 2) * image.Width) + (int)(x * 2)) * 4;
        var p = image.Pixels;
        return new Color(p[i], p[i + 1], p[i + 2], p[i + 3]);
    }

    private static HeadlessSession Start(out DiagnosticBag diagnostics, bool draw = false)
    {
        diagnostics = new DiagnosticBag();
        return InputPackages.Todo(diagnostics, draw);
    }
}
