using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Queries;
using Sparrow.Script.MiniProgram;
using Sparrow.Scene;

namespace Sparrow.Host.Headless;

/// <summary>
/// Page scrolling and pull-down refresh, on the render thread: the page's scroll offset (the one
/// <see cref="ScrollTo"/> sets) and its <see cref="PullDownRefresh"/>, whose offset moves the
/// painted page down below a band of window background with the three-dot indicator.
/// </summary>
public sealed partial class HeadlessSession
{
    private const float IndicatorDot = 6;
    private const float IndicatorGap = 12;
    private const double IndicatorPeriodMs = 1200;

    private readonly Dictionary<int, PullDownRefresh> _pullDowns = [];

    /// <summary>
    /// The page on top's vertical scroll offset in CSS px: the next frames paint the page moved up
    /// by it (the paint scroll offset; <c>position: fixed</c> boxes stay). A pull-down refresh does
    /// not change it: it moves the whole painted page down (<see cref="PullDownOffset"/>). Render thread only.
    /// </summary>
    public float ScrollY => _stack.Count > 0 ? ScrollOf(_stack[^1]) : 0;

    /// <summary>How far down a pull-down refresh draws the page on top now, CSS px (0: not pulled).</summary>
    public float PullDownOffset => _stack.Count > 0 ? PullOffset(_stack[^1]) : 0;

    /// <summary>Whether the page on top is refreshing (released past the threshold, or <c>wx.startPullDownRefresh</c>, until <c>wx.stopPullDownRefresh</c>).</summary>
    public bool PullDownRefreshing => _stack.Count > 0 && _pullDowns.TryGetValue(_stack[^1], out var pull) && pull.Refreshing;

    /// <summary>The largest scroll offset the laid-out page allows: its height less the window's, at least 0.</summary>
    public float MaxScrollY => CurrentPage is { } page ? Math.Max(0, page.ContentHeight - PageViewport.Height) : 0;

    /// <summary>
    /// Scrolls the page on top to <paramref name="y"/> CSS px, clamped to [0, <see cref="MaxScrollY"/>]
    /// as of the last layout; returns the offset it set. Nothing is laid out or painted until
    /// <see cref="RenderFrame"/>. This is the one place a page's offset changes (input scripts, drag
    /// gestures, <c>wx.pageScrollTo</c>): the next tick (a frame, or the end of <see cref="Settle"/> /
    /// <see cref="Advance"/>) posts <c>onPageScroll</c> and <c>onReachBottom</c> when the page wants
    /// them and evaluates its intersection observers (HeadlessSession.Queries.cs).
    /// </summary>
    public float ScrollTo(float y)
    {
        if (_stack.Count == 0)
        {
            return 0;
        }

        var clamped = float.IsNaN(y) ? 0 : Math.Clamp(y, 0, MaxScrollY);
        _scrollY[_stack[^1]] = clamped;
        return clamped;
    }

    /// <summary>
    /// A drag the page owns moved by <paramref name="delta"/> CSS px (positive: the content moves up),
    /// or lifted (<paramref name="release"/>): a pull-down at the top takes it, else the page scrolls.
    /// A release past the threshold starts a refresh and posts <c>onPullDownRefresh</c>.
    /// </summary>
    private void DragPage(float delta, bool release)
    {
        if (_stack.Count == 0)
        {
            return;
        }

        var pageId = _stack[^1];
        var pull = _pullDowns.GetValueOrDefault(pageId);
        if (delta != 0 && pull?.TryPull(delta, ScrollOf(pageId), ClockMs) != true)
        {
            ScrollTo(ScrollOf(pageId) + delta);
        }

        if (release && pull is not null && pull.Release(ClockMs))
        {
            Post(Runtime.PostPageHook(pageId, "onPullDownRefresh", "{}"));
        }
    }

    /// <summary>Page <paramref name="pageId"/>'s pull offset now; a pull whose finger went away unreleased (cancelled) springs back.</summary>
    private float PullOffset(int pageId)
    {
        if (!_pullDowns.TryGetValue(pageId, out var pull))
        {
            return 0;
        }

        if (pull.Pulling && _dragFinger < 0)
        {
            pull.Release(ClockMs, cancelled: true);
        }

        return pull.OffsetAt(ClockMs);
    }

    /// <summary>
    /// A <c>pullDown</c> render request: <c>config</c> (the page's <c>enablePullDownRefresh</c>,
    /// <c>backgroundTextStyle</c>, <c>backgroundColor</c>), <c>start</c> or <c>stop</c> (answered once done).
    /// </summary>
    private void OnPullDownRequest(RenderRequest request)
    {
        if (!_pullDowns.TryGetValue(request.PageId, out var pull))
        {
            pull = new PullDownRefresh();
            _pullDowns[request.PageId] = pull;
        }

        using var doc = JsonDocument.Parse(request.Json);
        var root = doc.RootElement;
        var action = root.TryGetProperty("action", out var a) ? a.GetString() : null;
        switch (action)
        {
            case "config":
                pull.Enabled = root.TryGetProperty("enabled", out var e) && e.ValueKind == JsonValueKind.True;
                pull.DarkIndicator = !(root.TryGetProperty("textStyle", out var s) && s.GetString() == "light");
                pull.Background = root.TryGetProperty("background", out var b) && ParseHex(b.GetString()) is { } color ? color : Color.White;
                break;
            case "start":
                if (pull.Start(ClockMs))
                {
                    Post(Runtime.PostPageHook(request.PageId, "onPullDownRefresh", "{}"));
                }

                Answer(request.Id, "{}");
                break;
            case "stop":
                pull.Stop(ClockMs);
                Answer(request.Id, "{}");
                break;
            default:
                ReportBadRequest(request);
                break;
        }
    }

    /// <summary>
    /// A pulled-down page: moves the whole painted page down (fixed boxes too, as the WebView moves),
    /// then paints the band above it: the window background and three dots, pulsing one after
    /// another while refreshing, fading in with the distance while pulled. In device pixels.
    /// </summary>
    private void PaintPullIndicator(DisplayList scene, float ratio)
    {
        PaintRefreshers(scene, ratio); // HeadlessSession.Components.cs: scroll-views' refresher bands, moved with the page below
        if (_stack.Count == 0 || !_pullDowns.TryGetValue(_stack[^1], out var pull))
        {
            return;
        }

        var offset = PullOffset(_stack[^1]);
        if (offset <= 0)
        {
            return;
        }

        ShiftDown(scene, offset * ratio);
        AddQuad(scene, Quad.Fill(new Rect(0, 0, Options.Width * ratio, offset * ratio), pull.Background));
        var centreY = Math.Min(offset, PullDownRefresh.RefreshingOffset) / 2;
        PaintDots(scene, ratio, Options.Width / 2f, centreY, Math.Clamp(offset / PullDownRefresh.Threshold, 0, 1), pull.Refreshing, pull.DarkIndicator);
    }

    /// <summary>
    /// WeChat's three-dot refresh indicator centred at (<paramref name="centreX"/>, <paramref name="centreY"/>)
    /// CSS px: faded in by <paramref name="shown"/> (0–1) while pulled, each dot brightening in turn while
    /// refreshing; dark (black, 40%) or light (white, 90%) ink.
    /// </summary>
    private void PaintDots(DisplayList scene, float ratio, float centreX, float centreY, float shown, bool refreshing, bool dark)
    {
        for (var i = 0; i < 3; i++)
        {
            var alpha = shown;
            if (refreshing)
            {
                // Each dot brightens in turn, a third of a period after the one before it.
                var phase = ((ClockMs / IndicatorPeriodMs) - (i / 3.0)) % 1;
                alpha = (float)(0.3 + (0.7 * Math.Max(0, Math.Cos(phase * 2 * Math.PI))));
            }

            var ink = dark ? new Color(0, 0, 0, (byte)(102 * alpha)) : new Color(255, 255, 255, (byte)(230 * alpha));
            var x = centreX + ((i - 1) * IndicatorGap) - (IndicatorDot / 2);
            var dot = new Rect(x * ratio, (centreY - (IndicatorDot / 2)) * ratio, IndicatorDot * ratio, IndicatorDot * ratio);
            AddQuad(scene, Quad.Fill(dot, ink, CornerRadii.Uniform(IndicatorDot / 2 * ratio)));
        }
    }

    /// <summary>Moves every primitive, clip, scissor and layer of <paramref name="scene"/> down by <paramref name="dy"/> target pixels.</summary>
    private static void ShiftDown(DisplayList scene, float dy)
    {
        foreach (ref var q in scene.Quads.AsSpan())
        {
            q.Transform.M32 += dy;
            q.Clip = Shifted(q.Clip, dy);
        }

        foreach (ref var s in scene.Shadows.AsSpan())
        {
            s.Transform.M32 += dy;
            s.Clip = Shifted(s.Clip, dy);
        }

        foreach (ref var g in scene.Gradients.AsSpan())
        {
            g.Transform.M32 += dy;
            g.Clip = Shifted(g.Clip, dy);
        }

        foreach (ref var g in scene.Glyphs.AsSpan())
        {
            g.Transform.M32 += dy;
            g.Clip = Shifted(g.Clip, dy);
        }

        foreach (ref var i in scene.Images.AsSpan())
        {
            i.Transform.M32 += dy;
            i.Clip = Shifted(i.Clip, dy);
        }

        var scissors = scene.Scissors.AsSpan();
        for (var k = 1; k < scissors.Length; k++)
        {
            // Scissor 0 is the whole target: it stays.
            scissors[k] = scissors[k] with { Y = scissors[k].Y + dy };
        }

        foreach (ref var layer in scene.Layers.AsSpan())
        {
            layer = layer with { Bounds = layer.Bounds with { Y = layer.Bounds.Y + dy }, Mask = layer.Mask.Moved(0, dy) };
        }
    }

    private static ClipMask Shifted(ClipMask clip, float dy) =>
        clip.IsNone ? clip : new ClipMask(clip.Bounds with { Y = clip.Bounds.Y + dy }, clip.Radii);

    private static void AddQuad(DisplayList scene, in Quad quad) =>
        scene.Order.Add(new DrawItem(PrimitiveKind.Quad, 0, scene.Quads.Add(quad)));

    private static Color? ParseHex(string? text)
    {
        if (text is not { Length: 7 } || text[0] != '#' || !uint.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        return new Color((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, 255);
    }
}
