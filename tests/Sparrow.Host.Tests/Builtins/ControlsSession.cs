using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Headless;
using Sparrow.Host.Input;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Builtins;

/// <summary>
/// A headless session on samples/controls (375 px wide, ratio 2) and what the tests read of it:
/// pixels of the last captured frame, computed backgrounds, the page's text, scripted input.
/// </summary>
internal static class ControlsSession
{
    public static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = false)
    {
        var package = PackageLoader.Load(RepoPaths.Of("samples", "controls"), diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw });
        session.Settle();
        return session;
    }

    /// <summary>Plays an input script (InputScriptReader's format), capturing a frame at each "frame" step.</summary>
    public static void Play(HeadlessSession session, string script)
    {
        var diagnostics = new DiagnosticBag();
        var actions = InputScriptReader.Read("test.json", System.Text.Encoding.UTF8.GetBytes(script), diagnostics);
        InputScriptRunner.Run(session, actions, _ => session.RenderFrame(capture: true), diagnostics);
        Assert.Empty(diagnostics.Snapshot());
    }

    /// <summary>The text of #log, where every handler of the page writes what it received.</summary>
    public static string Log(HeadlessSession session)
    {
        var tree = session.OnLogicThread(async runtime =>
            (await runtime.Js.EvaluateAsync("__sparrowHost.dumpTree()", "test:tree").ConfigureAwait(false)).Value.Text ?? string.Empty);
        using var json = System.Text.Json.JsonDocument.Parse(tree);
        return FindText(json.RootElement, "log") ?? throw new InvalidOperationException("no #log in " + tree);
    }

    /// <summary>The pixel at client point (x, y) of the last captured frame.</summary>
    public static Color Pixel(HeadlessSession session, float x, float y)
    {
        var image = session.LastPixels!;
        var i = (((int)(y * 2) * image.Width) + (int)(x * 2)) * 4;
        var p = image.Pixels;
        return new Color(p[i], p[i + 1], p[i + 2], p[i + 3]);
    }

    /// <summary>How many pixels of the client rectangle are within 24 of <paramref name="color"/> on every channel.</summary>
    public static int Count(HeadlessSession session, Color color, float left, float top, float width, float height)
    {
        var count = 0;
        for (var y = top; y < top + height; y += 0.5f)
        {
            for (var x = left; x < left + width; x += 0.5f)
            {
                if (Near(Pixel(session, x, y), color))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Whether two colors differ by at most 24 on every channel (edge anti-aliasing, blending).</summary>
    public static bool Near(Color a, Color b) =>
        Math.Abs(a.R - b.R) <= 24 && Math.Abs(a.G - b.G) <= 24 && Math.Abs(a.B - b.B) <= 24 && Math.Abs(a.A - b.A) <= 24;

    /// <summary>The computed background of the element #<paramref name="id"/>, as the next frame would paint it.</summary>
    public static Color Background(HeadlessSession session, string id)
    {
        var node = session.FindElement("#" + id);
        Assert.True(node >= 0, id);
        return session.CurrentPage!.Cascade.Styles.Get(CssProperties.BackgroundColor, node).Color;
    }

    private static string? FindText(System.Text.Json.JsonElement node, string id)
    {
        if (node.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return null;
        }

        if (node.TryGetProperty("attr", out var attr) && attr.ValueKind == System.Text.Json.JsonValueKind.Object
            && attr.TryGetProperty("id", out var own) && own.GetString() == id)
        {
            var text = new System.Text.StringBuilder();
            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                if (child.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    text.Append(child.GetString());
                }
            }

            return text.ToString().Trim();
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (FindText(child, id) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
