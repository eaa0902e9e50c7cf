using System;

namespace Sparrow.Components;

/// <summary>
/// Drag gestures. A finger pressed on an element does nothing until it leaves a
/// <see cref="DragSlop"/> box (the same figure as the tap slop, so a drag and a tap never both
/// happen); then the axis it moved most along picks the innermost component on the element's
/// ancestor chain that scrolls that way — a scroll-view with <c>scroll-x</c>/<c>scroll-y</c>, a
/// swiper horizontal or <c>vertical</c> — and that component follows the finger until it lifts.
/// A vertical drag nothing takes scrolls the page (<see cref="Drag"/> returns how far). Offsets follow
/// the finger from where it went down; a released scroll-view keeps the finger's velocity
/// (<c>ScrollView.Motion.cs</c>: momentum, bounces, refresher); a swiper snaps on release to the next
/// item past half an item or after a flick, else back.
/// </summary>
public sealed partial class NativeComponents
{
    /// <summary>CSS px a finger moves before a drag starts (the tap slop, glass-easel's 10 px).</summary>
    public const float DragSlop = 10;

    /// <summary>A release faster than this along the axis (px per ms) flicks a swiper to the neighbouring item.</summary>
    public const float FlickVelocity = 0.5f;

    /// <summary>A finger still for longer than this (ms) before it lifts has no velocity: no fling, no flick.</summary>
    public const double VelocityWindowMs = 100;

    private int _pressTarget = -1;
    private float _startX;
    private float _startY;
    private float _lastX;
    private float _lastY;
    private double _lastMs;
    private float _velocity;
    private float _velocityX;
    private float _velocityY;
    private DragOwner _owner;
    private ScrollView? _dragView;
    private Swiper? _dragSwiper;
    private float _startLeft;
    private float _startTop;
    private float _startPosition;

    private enum DragOwner
    {
        None,
        ScrollView,
        Swiper,
        Page,
        Nobody,
    }

    /// <summary>Whether a component (not the page) follows the finger now.</summary>
    public bool ComponentDragging => _owner is DragOwner.ScrollView or DragOwner.Swiper;

    /// <summary>A finger went down on element <paramref name="target"/> (−1: on nothing) at client (x, y).</summary>
    public void Press(int target, float x, float y, double nowMs)
    {
        EndDrag(nowMs, snap: true);
        _pressTarget = target;
        (_startX, _startY, _lastX, _lastY, _lastMs) = (x, y, x, y, nowMs);
        _velocity = 0;
        (_velocityX, _velocityY) = (0, 0);
        _owner = DragOwner.None;
    }

    /// <summary>
    /// The pressed finger moved to client (x, y). Returns how far the page should scroll down (CSS px,
    /// negative: up) when the drag belongs to the page, else 0.
    /// </summary>
    public float Drag(float x, float y, double nowMs)
    {
        if (_pressTarget < 0 && _owner == DragOwner.None)
        {
            return 0;
        }

        var pageDelta = 0f;
        if (_owner == DragOwner.None && (Math.Abs(x - _startX) > DragSlop || Math.Abs(y - _startY) > DragSlop))
        {
            Capture(Math.Abs(x - _startX) > Math.Abs(y - _startY));
            if (_owner == DragOwner.Page)
            {
                // The page follows the finger from where it went down, as the components do.
                _lastY = _startY;
            }
        }

        switch (_owner)
        {
            case DragOwner.ScrollView:
                _dragView!.DragTo(_startLeft - (x - _startX), _startTop - (y - _startY));
                break;
            case DragOwner.Swiper:
                var extent = _dragSwiper!.Extent;
                var moved = _dragSwiper.Vertical ? y - _startY : x - _startX;
                if (extent > 0)
                {
                    _dragSwiper.DragTo(_startPosition - (moved / extent));
                }

                break;
            case DragOwner.Page:
                pageDelta = _lastY - y;
                break;
        }

        if (nowMs > _lastMs && (x != _lastX || y != _lastY || nowMs - _lastMs > VelocityWindowMs))
        {
            // Of the last move (a finger held still past the window has no velocity left).
            var dt = (float)(nowMs - _lastMs);
            (_velocityX, _velocityY) = ((x - _lastX) / dt, (y - _lastY) / dt);
            _velocity = _dragSwiper is { Vertical: true } ? _velocityY : _velocityX;
        }

        (_lastX, _lastY, _lastMs) = (x, y, nowMs);
        return pageDelta;
    }

    /// <summary>The finger lifted at client (x, y): a dragged swiper snaps (source <c>touch</c>).</summary>
    public float Release(float x, float y, double nowMs)
    {
        var delta = Drag(x, y, nowMs);
        EndDrag(nowMs, snap: true);
        return delta;
    }

    /// <summary>The finger was taken away: a dragged swiper settles on the nearest item.</summary>
    public void Cancel(double nowMs) => EndDrag(nowMs, snap: false);

    private void Capture(bool horizontal)
    {
        _owner = DragOwner.Nobody;
        for (var n = _pressTarget; n >= 0 && n < _store.SlotCount; n = _store.Parent[n])
        {
            if (_scrollViews.TryGetValue(n, out var view) && view.Generation == _store.Generation[n] && (horizontal ? view.ScrollX : view.ScrollY))
            {
                _owner = DragOwner.ScrollView;
                _dragView = view;
                view.Dragging = true;
                (_startLeft, _startTop) = (view.Left, view.Top);
                return;
            }

            if (_swipers.TryGetValue(n, out var swiper) && swiper.Generation == _store.Generation[n] && swiper.Vertical != horizontal && swiper.Items.Count > 0)
            {
                _owner = DragOwner.Swiper;
                _dragSwiper = swiper;
                swiper.BeginDrag();
                _startPosition = swiper.Position;
                return;
            }
        }

        if (!horizontal)
        {
            _owner = DragOwner.Page;
        }
    }

    private void EndDrag(double nowMs, bool snap)
    {
        if (_dragView is not null)
        {
            // Released: momentum from the finger's velocity, the refresher's decision, or a spring back.
            _dragView.Release(snap ? _velocityX : 0, snap ? _velocityY : 0, nowMs);
            WriteTriggered(_dragView);
        }

        if (_dragSwiper is { } swiper)
        {
            var moved = swiper.Position - _startPosition;
            var start = (int)MathF.Round(_startPosition);
            var step = 0;
            if (snap)
            {
                // Past half an item, or a flick the way the strip moved (velocity is of the finger: opposite sign).
                step = Math.Abs(moved) > 0.5f ? Math.Sign(moved) : Math.Abs(_velocity) > FlickVelocity && Math.Sign(-_velocity) == Math.Sign(moved) ? Math.Sign(moved) : 0;
            }
            else
            {
                step = (int)MathF.Round(moved);
            }

            swiper.EndDrag(start + step, nowMs);
        }

        _dragView = null;
        _dragSwiper = null;
        _pressTarget = -1;
        _owner = DragOwner.None;
    }
}
