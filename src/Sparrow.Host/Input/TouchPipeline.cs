using System;

namespace Sparrow.Host.Input;

/// <summary>
/// Turns pointer input into WeChat's touch events. Each finger's events go to the element hit when
/// it went down (WeChat delivers touchmove/touchend to the touchstart target, wherever the finger
/// is): <c>touchstart</c>, <c>touchmove</c>, <c>touchend</c>, <c>touchcancel</c>; then <c>tap</c> on
/// touchend when the finger never left a <see cref="TapSlop"/> box around where it went down and no
/// handled longpress came first; <c>longpress</c> once the finger has been down
/// <see cref="LongPressDelay"/> without leaving the slop box. Entry points: <see cref="Down"/>,
/// <see cref="Move"/>, <see cref="Up"/>, <see cref="Cancel"/> and <see cref="Tick"/> (the clock
/// moved). Render thread only; nothing allocates per event.
/// </summary>
public sealed class TouchPipeline
{
    /// <summary>
    /// CSS px a finger may move on either axis and still tap: glass-easel's own DOM backend
    /// (<c>CurrentWindowBackendContext</c>) turns a tap into <c>canceltap</c> once |dx| or |dy|
    /// exceeds 10, and WeChat documents no other figure.
    /// </summary>
    public const float TapSlop = 10;

    /// <summary>WeChat's longpress: "手指触摸后，超过350ms再离开" (the event reference, 事件分类).</summary>
    public static readonly TimeSpan LongPressDelay = TimeSpan.FromMilliseconds(350);

    private const int MaxFingers = 10;

    private readonly ITouchSink _sink;
    private readonly Finger[] _fingers = new Finger[MaxFingers];
    private readonly TouchPoint[] _touches = new TouchPoint[MaxFingers];
    private int _count;

    public TouchPipeline(ITouchSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = sink;
    }

    /// <summary>Fingers down now.</summary>
    public int ActiveCount => _count;

    /// <summary>When the next longpress is due (ms on the virtual clock), or null when none is pending.</summary>
    public double? NextLongPressMs
    {
        get
        {
            double? next = null;
            for (var i = 0; i < _count; i++)
            {
                ref readonly var f = ref _fingers[i];
                if (f.Pending && (next is null || f.StartMs + LongPressDelay.TotalMilliseconds < next))
                {
                    next = f.StartMs + LongPressDelay.TotalMilliseconds;
                }
            }

            return next;
        }
    }

    /// <summary>
    /// Finger <paramref name="point"/> goes down on <paramref name="target"/> (the element hit there, or
    /// −1: then its events go nowhere). A finger already down with that identifier is cancelled first.
    /// </summary>
    public void Down(TouchPoint point, int target, double nowMs)
    {
        if (IndexOf(point.Identifier) >= 0)
        {
            Cancel(point.Identifier, nowMs);
        }

        if (_count == MaxFingers)
        {
            return;
        }

        _fingers[_count++] = new Finger { Point = point, Start = point, Target = target, StartMs = nowMs, Pending = true };
        Deliver("touchstart", target, nowMs, point);
    }

    /// <summary>The finger moved to <paramref name="point"/>; past the slop it can no longer tap or long-press.</summary>
    public void Move(TouchPoint point, double nowMs)
    {
        Tick(nowMs);
        var i = IndexOf(point.Identifier);
        if (i < 0)
        {
            return;
        }

        ref var f = ref _fingers[i];
        f.Point = point;
        if (Math.Abs(point.ClientX - f.Start.ClientX) > TapSlop || Math.Abs(point.ClientY - f.Start.ClientY) > TapSlop)
        {
            f.Moved = true;
            f.Pending = false;
        }

        Deliver("touchmove", f.Target, nowMs, point);
    }

    /// <summary>The finger lifted at <paramref name="point"/>: touchend, then tap when it qualifies.</summary>
    public void Up(TouchPoint point, double nowMs)
    {
        Tick(nowMs);
        var i = IndexOf(point.Identifier);
        if (i < 0)
        {
            return;
        }

        var f = _fingers[i];
        if (Math.Abs(point.ClientX - f.Start.ClientX) > TapSlop || Math.Abs(point.ClientY - f.Start.ClientY) > TapSlop)
        {
            f.Moved = true;
        }

        Remove(i);
        Deliver("touchend", f.Target, nowMs, point);
        if (!f.Moved && !f.TapSuppressed)
        {
            Deliver("tap", f.Target, nowMs, point);
        }
    }

    /// <summary>The system took the finger away (the page scrolled, the page changed): touchcancel, no tap.</summary>
    public void Cancel(int identifier, double nowMs)
    {
        var i = IndexOf(identifier);
        if (i < 0)
        {
            return;
        }

        var f = _fingers[i];
        Remove(i);
        Deliver("touchcancel", f.Target, nowMs, f.Point);
    }

    /// <summary>Cancels every finger down, last first.</summary>
    public void CancelAll(double nowMs)
    {
        while (_count > 0)
        {
            Cancel(_fingers[_count - 1].Point.Identifier, nowMs);
        }
    }

    /// <summary>
    /// The clock is at <paramref name="nowMs"/>: fires the longpress of every finger held still for
    /// <see cref="LongPressDelay"/>. A longpress some element handles suppresses that finger's tap.
    /// </summary>
    public void Tick(double nowMs)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var f = ref _fingers[i];
            if (!f.Pending || nowMs < f.StartMs + LongPressDelay.TotalMilliseconds)
            {
                continue;
            }

            f.Pending = false;
            f.TapSuppressed = f.Target >= 0 && _sink.Listens(f.Target, "longpress");
            Deliver("longpress", f.Target, f.StartMs + LongPressDelay.TotalMilliseconds, f.Point);
        }
    }

    private void Deliver(string type, int target, double timeMs, TouchPoint changed)
    {
        if (target < 0)
        {
            return;
        }

        for (var i = 0; i < _count; i++)
        {
            _touches[i] = _fingers[i].Point;
        }

        _sink.Deliver(new TouchDelivery(type, target, timeMs, changed, _touches.AsSpan(0, _count)));
    }

    private int IndexOf(int identifier)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_fingers[i].Point.Identifier == identifier)
            {
                return i;
            }
        }

        return -1;
    }

    private void Remove(int index)
    {
        Array.Copy(_fingers, index + 1, _fingers, index, _count - index - 1);
        _count--;
    }

    private struct Finger
    {
        public TouchPoint Point;
        public TouchPoint Start;
        public int Target;
        public double StartMs;

        /// <summary>Still down, within the slop and before its longpress.</summary>
        public bool Pending;
        public bool Moved;
        public bool TapSuppressed;
    }
}
