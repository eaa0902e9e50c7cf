using System;

namespace Sparrow.Host.Queries;

/// <summary>
/// One page's scroll events, decided on the render thread (WebView renderer semantics):
/// <c>onPageScroll</c> at most once per tick with the offset as of that tick, and only when the
/// page's JS defines it; <c>onReachBottom</c> once when the bottom comes within
/// <see cref="ReachBottomDistance"/>, and again only after the page has left that zone and its
/// content has grown. Plus a <c>wx.pageScrollTo</c> animation on the virtual clock.
/// </summary>
public sealed class PageScrollEvents
{
    private float _posted;
    private float _checked;
    private bool _inZone;
    private float _firedAtHeight = -1;

    /// <summary>The page's JS defines <c>onPageScroll</c>.</summary>
    public bool WantsPageScroll { get; set; }

    /// <summary>The page's JS defines <c>onReachBottom</c>.</summary>
    public bool WantsReachBottom { get; set; }

    /// <summary><c>onReachBottomDistance</c> in px (page json, else app.json window, else 50).</summary>
    public float ReachBottomDistance { get; set; } = 50;

    /// <summary>The running <c>wx.pageScrollTo</c> animation, or null.</summary>
    public ScrollAnimation? Animation { get; set; }

    /// <summary>Whether <c>onPageScroll</c> is due for <paramref name="scrollY"/> (it changed since the last one); marks it posted.</summary>
    public bool TakePageScroll(float scrollY)
    {
        if (!WantsPageScroll || scrollY == _posted)
        {
            return false;
        }

        _posted = scrollY;
        return true;
    }

    /// <summary>
    /// Whether <c>onReachBottom</c> is due now that the page is scrolled to <paramref name="scrollY"/>
    /// in a viewport <paramref name="viewportHeight"/> high over content <paramref name="contentHeight"/>
    /// high. Only a scroll (a changed offset) can make it due, as in WeChat.
    /// </summary>
    public bool TakeReachBottom(float scrollY, float viewportHeight, float contentHeight)
    {
        // The zone is re-read every tick (content that grows moves the page out of it); only a scroll enters it.
        var scrolled = scrollY != _checked;
        _checked = scrollY;
        var inZone = scrollY + viewportHeight >= contentHeight - ReachBottomDistance;
        var entered = scrolled && inZone && !_inZone;
        _inZone = inZone;
        if (!entered || !WantsReachBottom || (_firedAtHeight >= 0 && contentHeight <= _firedAtHeight))
        {
            return false;
        }

        _firedAtHeight = contentHeight;
        return true;
    }
}

/// <summary>A <c>wx.pageScrollTo</c> in progress: linear from <see cref="From"/> to <see cref="To"/> over <see cref="DurationMs"/> of the virtual clock.</summary>
public sealed record ScrollAnimation(float From, float To, double StartMs, double DurationMs, int RequestId)
{
    /// <summary>The offset at <paramref name="nowMs"/>, and whether the animation has ended.</summary>
    public float At(double nowMs, out bool ended)
    {
        var t = DurationMs <= 0 ? 1 : (nowMs - StartMs) / DurationMs;
        ended = t >= 1;
        return ended ? To : From + (float)((To - From) * Math.Max(0, t));
    }
}
