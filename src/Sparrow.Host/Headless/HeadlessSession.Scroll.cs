using System;

namespace Sparrow.Host.Headless;

public sealed partial class HeadlessSession
{
    /// <summary>
    /// The page on top's vertical scroll offset in CSS px: the next frames paint the page moved up
    /// by it (the paint scroll offset; <c>position: fixed</c> boxes stay). Render thread only.
    /// </summary>
    public float ScrollY => _stack.Count > 0 && _scrollY.TryGetValue(_stack[^1], out var y) ? y : 0;

    /// <summary>The largest <see cref="ScrollY"/> the laid-out page allows: its height less the window's, at least 0.</summary>
    public float MaxScrollY => CurrentPage is { } page ? Math.Max(0, page.ContentHeight - Options.Height) : 0;

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
}
