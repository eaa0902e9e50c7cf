using System;
using System.Globalization;

namespace Sparrow.Cli.Viewer;

/// <summary>
/// The frame-time overlay (F2): a bar per recent frame, a line at 16.7 ms, and the mean in
/// seven-segment digits, drawn over the page with scissored clears on framebuffer 0 (no shaders, so
/// nothing of the engine's GL state but the scissor box and clear colour is touched; scissoring is
/// switched off again after).
/// </summary>
internal static class FrameTimeOverlay
{
    private const double Budget = 1000.0 / 60;

    // Segments a–g of each digit as bits 0–6.
    private static readonly byte[] Digits = [0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f];

    public static void Draw(FrameTimes times, int windowWidth, int windowHeight, int scale)
    {
        var s = Math.Max(1, scale);
        var graphHeight = 40 * s;
        var panelWidth = Math.Min(windowWidth, (FrameTimes.Capacity * 2 * s) + (4 * s));
        var panelHeight = graphHeight + (20 * s);
        Gl.BindFramebuffer(Gl.Framebuffer, 0);
        Gl.Viewport(0, 0, windowWidth, windowHeight);
        Gl.Enable(Gl.ScissorTest);
        var painter = new Painter(windowHeight);
        painter.Fill(0, 0, panelWidth, panelHeight, 0.08f, 0.08f, 0.1f);
        var baseline = panelHeight - (2 * s);
        for (var age = 0; age < times.Count; age++)
        {
            var ms = times[age];
            var height = (int)Math.Clamp(ms / (2 * Budget) * graphHeight, s, graphHeight);
            var x = panelWidth - (2 * s) - ((age + 1) * 2 * s);
            if (x < 0)
            {
                break;
            }

            var (r, g, b) = ms <= Budget ? (0.2f, 0.8f, 0.3f) : ms <= 2 * Budget ? (0.95f, 0.75f, 0.1f) : (0.95f, 0.25f, 0.2f);
            painter.Fill(x, baseline - height, s, height, r, g, b);
        }

        painter.Fill(0, baseline - (graphHeight / 2), panelWidth, Math.Max(1, s / 2), 0.9f, 0.9f, 0.9f);
        DrawNumber(painter, times.Mean(30), 2 * s, 2 * s, s);
        Gl.Disable(Gl.ScissorTest);
    }

    private static void DrawNumber(Painter painter, double ms, int x, int y, int s)
    {
        var text = Math.Min(ms, 999.9).ToString("0.0", CultureInfo.InvariantCulture);
        foreach (var c in text)
        {
            if (c == '.')
            {
                painter.Fill(x, y + (10 * s), s, s, 1, 1, 1);
                x += 3 * s;
                continue;
            }

            DrawDigit(painter, Digits[c - '0'], x, y, s);
            x += 8 * s;
        }
    }

    private static void DrawDigit(Painter painter, byte segments, int x, int y, int s)
    {
        int w = 6 * s, h = 11 * s, half = h / 2;
        ReadOnlySpan<(int X, int Y, int W, int H)> rects =
        [
            (0, 0, w, s), (w - s, 0, s, half), (w - s, half, s, h - half), (0, h - s, w, s),
            (0, half, s, h - half), (0, 0, s, half), (0, half - (s / 2), w, s),
        ];
        for (var i = 0; i < rects.Length; i++)
        {
            if ((segments & (1 << i)) != 0)
            {
                painter.Fill(x + rects[i].X, y + rects[i].Y, rects[i].W, rects[i].H, 1, 1, 1);
            }
        }
    }

    /// <summary>Solid rectangles in window pixels, top-left origin (GL's is bottom-left).</summary>
    private readonly struct Painter(int windowHeight)
    {
        public void Fill(int x, int y, int width, int height, float r, float g, float b)
        {
            Gl.Scissor(x, windowHeight - y - height, width, height);
            Gl.ClearColor(r, g, b, 1);
            Gl.Clear(Gl.ColorBufferBit);
        }
    }
}
