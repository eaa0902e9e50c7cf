using System;
using System.Collections.Generic;
using System.Globalization;
using Sparrow.Dom;

namespace Sparrow.Components;

/// <summary>
/// What a scroll-view does when the finger lets go, and past its ends:
/// <list type="bullet">
/// <item>momentum: the content keeps the finger's velocity and decelerates exponentially on the
/// virtual clock (iOS's normal rate, 0.998 per ms: time constant ≈ 500 ms, so a release at v px/ms
/// travels about 500·v px), stopping at an end or below <see cref="StopVelocity"/>;</item>
/// <item><c>enhanced</c> with <c>bounces</c> (WeChat: bounces only works with enhanced; both off by
/// default): dragged past an end the content follows with rubber-band resistance and springs back
/// on release;</item>
/// <item><c>refresher-enabled</c>: pulled down from the top, the content follows the finger
/// (<c>refresherpulling</c>, <c>{dy}</c>); released past <c>refresher-threshold</c> (45) it rests
/// that far down (<c>refresherrefresh</c>; the element's <c>refresher-triggered</c> becomes true)
/// until the logic side sets <c>refresher-triggered</c> false (back up, then <c>refresherrestore</c>);
/// released short of it, it goes back (<c>refresherabort</c>). Setting <c>refresher-triggered</c>
/// true from the logic side shows the refresher without an event.</item>
/// </list>
/// </summary>
internal sealed partial class ScrollView
{
    /// <summary>WeChat's default <c>refresher-threshold</c>, px.</summary>
    public const float DefaultRefresherThreshold = 45;

    /// <summary>Exponential decay time constant of a fling, ms (−1 / ln 0.998, iOS's normal deceleration rate).</summary>
    public const double FlingTimeConstant = 499.5;

    /// <summary>A release slower than this (px/ms) does not fling; a fling stops below it.</summary>
    public const float StopVelocity = 0.02f;

    private readonly List<(string Type, string Detail)> _pending = [];
    private RefresherState _refresher;
    private string? _triggeredText;
    private bool _flinging;
    private double _flingStartMs;
    private float _flingFromLeft;
    private float _flingFromTop;
    private float _flingVx;
    private float _flingVy;

    private enum RefresherState
    {
        Idle,
        Pulling,
        Refreshing,
        Restoring,
        Aborting,
    }

    public bool Enhanced { get; private set; }

    /// <summary><c>bounces</c> in effect: only with <c>enhanced</c> (then on unless <c>bounces</c> is false).</summary>
    public bool Bounces { get; private set; }

    public bool RefresherEnabled { get; private set; }

    public float RefresherThreshold { get; private set; } = DefaultRefresherThreshold;

    /// <summary>The refresher is out and waiting for <c>refresher-triggered</c> to turn false.</summary>
    public bool Refreshing => _refresher == RefresherState.Refreshing;

    /// <summary>The content is moving on its own after a release (momentum).</summary>
    public bool Flinging => _flinging;

    /// <summary>The refresher asked the host to set the element's <c>refresher-triggered</c> to true (two-way); cleared by the reader.</summary>
    public bool TriggeredWrite { get; set; }

    /// <summary>The offset may be outside [0, max] now: a finger or an animation holds it there.</summary>
    private bool Overscrolling => Dragging || _animating || _flinging || _refresher != RefresherState.Idle;

    /// <summary>The lowest <see cref="Top"/> an animated scroll may aim at: the refresher's rest position while it is out.</summary>
    private float MinTop => _refresher == RefresherState.Refreshing ? -RefresherThreshold : 0;

    /// <summary>
    /// The finger lifted with velocity (<paramref name="fingerVx"/>, <paramref name="fingerVy"/>) px/ms:
    /// the refresher decides, an overscrolled end springs back, or the content flings.
    /// </summary>
    public void Release(float fingerVx, float fingerVy, double nowMs)
    {
        Dragging = false;
        if (_refresher == RefresherState.Pulling)
        {
            var pull = -Top;
            if (pull >= RefresherThreshold)
            {
                _refresher = RefresherState.Refreshing;
                TriggeredWrite = true;
                _triggeredText = "true";
                _pending.Add(("refresherrefresh", "{}"));
                ScrollTo(Left, -RefresherThreshold, animate: true, nowMs);
            }
            else
            {
                _refresher = RefresherState.Aborting;
                _pending.Add(("refresherabort", "{}"));
                ScrollTo(Left, 0, animate: true, nowMs);
            }

            return;
        }

        if (_refresher == RefresherState.Refreshing)
        {
            ScrollTo(Left, -RefresherThreshold, animate: true, nowMs);
            return;
        }

        if (Left < 0 || Left > MaxLeft || Top < 0 || Top > MaxTop)
        {
            ScrollTo(Left, Top, animate: true, nowMs); // clamped target: the spring back
            return;
        }

        var vx = ScrollX ? -fingerVx : 0;
        var vy = ScrollY ? -fingerVy : 0;
        if (Math.Max(Math.Abs(vx), Math.Abs(vy)) < StopVelocity)
        {
            return;
        }

        (_flinging, _flingStartMs, _flingFromLeft, _flingFromTop, _flingVx, _flingVy) = (true, nowMs, Left, Top, vx, vy);
    }

    private void ReadMotionAttributes(NodeStore store, ComponentTags tags)
    {
        Enhanced = AttributeValues.Bool(store.GetAttribute(Node, tags.Enhanced));
        var bounces = store.GetAttribute(Node, tags.BouncesAttribute);
        Bounces = Enhanced && (bounces is null || AttributeValues.Bool(bounces));
        RefresherEnabled = ScrollY && AttributeValues.Bool(store.GetAttribute(Node, tags.RefresherEnabled));
        RefresherThreshold = (float)Math.Max(0, AttributeValues.Number(store.GetAttribute(Node, tags.RefresherThreshold), DefaultRefresherThreshold));
    }

    /// <summary>Where a drag to <paramref name="top"/> puts the content: the refresher's pull, a rubber band, or clamped.</summary>
    private float PullTop(float top)
    {
        if (RefresherEnabled && _refresher is RefresherState.Idle or RefresherState.Pulling && top < 0)
        {
            _refresher = RefresherState.Pulling;
            return top; // the pull follows the finger
        }

        if (_refresher == RefresherState.Pulling)
        {
            _refresher = RefresherState.Idle; // pushed back up above the top: no pull any more
        }

        if (_refresher == RefresherState.Refreshing)
        {
            return Math.Clamp(top, -RefresherThreshold, MaxTop);
        }

        return Bounces ? RubberBand(top, MaxTop, ViewHeight) : Math.Clamp(top, 0, MaxTop);
    }

    /// <summary>
    /// An offset past [0, <paramref name="max"/>] shown with resistance, as iOS's rubber band does:
    /// overscroll x becomes (1 − 1 / (0.55·x / d + 1))·d for a viewport extent d, so it never reaches d.
    /// </summary>
    private static float RubberBand(float value, float max, float extent)
    {
        var d = Math.Max(1, extent);
        if (value < 0)
        {
            return -(1 - (1 / ((-value * 0.55f / d) + 1))) * d;
        }

        return value > max ? max + ((1 - (1 / (((value - max) * 0.55f / d) + 1))) * d) : value;
    }

    private void AdvanceFling(double nowMs)
    {
        if (!_flinging)
        {
            return;
        }

        var t = Math.Max(0, nowMs - _flingStartMs);
        var decay = Math.Exp(-t / FlingTimeConstant);
        var travelled = (float)(FlingTimeConstant * (1 - decay));
        var left = Math.Clamp(_flingFromLeft + (_flingVx * travelled), 0, MaxLeft);
        var top = Math.Clamp(_flingFromTop + (_flingVy * travelled), 0, MaxTop);
        var speed = Math.Max(Math.Abs(_flingVx), Math.Abs(_flingVy)) * decay;
        var blockedX = _flingVx == 0 || (left <= 0 && _flingVx < 0) || (left >= MaxLeft && _flingVx > 0);
        var blockedY = _flingVy == 0 || (top <= 0 && _flingVy < 0) || (top >= MaxTop && _flingVy > 0);
        (Left, Top) = (left, top);
        _flinging = speed >= StopVelocity && !(blockedX && blockedY);
    }

    /// <summary><c>refresher-triggered</c> from the logic side: false puts a shown refresher away, true shows it.</summary>
    private void SyncRefresher(NodeStore store, ComponentTags tags, double nowMs)
    {
        var text = store.GetAttribute(Node, tags.RefresherTriggered);
        if (text == _triggeredText || Dragging)
        {
            return;
        }

        _triggeredText = text;
        var triggered = AttributeValues.Bool(text);
        if (!triggered && _refresher == RefresherState.Refreshing)
        {
            _refresher = RefresherState.Restoring;
            _animating = false;
            ScrollTo(Left, 0, animate: true, nowMs);
        }
        else if (triggered && RefresherEnabled && _refresher is RefresherState.Idle)
        {
            _refresher = RefresherState.Refreshing;
            ScrollTo(Left, -RefresherThreshold, animate: true, nowMs);
        }
    }

    private void AnimationEnded()
    {
        if (_refresher == RefresherState.Restoring)
        {
            _pending.Add(("refresherrestore", "{}"));
            _refresher = RefresherState.Idle;
        }
        else if (_refresher == RefresherState.Aborting)
        {
            _refresher = RefresherState.Idle;
        }
    }

    /// <summary>The refresher's events of this frame, in order: a pull's progress first, then what a release or the logic side decided.</summary>
    private void FlushRefresherEvents(NodeStore store, uint generation, List<ComponentEvent> events, float dy)
    {
        if (_refresher == RefresherState.Pulling && dy != 0)
        {
            events.Add(new ComponentEvent(Node, generation, "refresherpulling", string.Create(CultureInfo.InvariantCulture, $"{{\"dy\":{-Top}}}")));
        }

        foreach (var (type, detail) in _pending)
        {
            events.Add(new ComponentEvent(Node, generation, type, detail));
        }

        _pending.Clear();
    }
}
