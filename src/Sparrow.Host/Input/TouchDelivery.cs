using System;

namespace Sparrow.Host.Input;

/// <summary>
/// One event the touch pipeline hands to its sink: its type, the element slot it goes to, when (ms
/// on the virtual clock), the finger that changed and the fingers down after the change.
/// </summary>
public readonly ref struct TouchDelivery
{
    public TouchDelivery(string type, int target, double timeMs, TouchPoint changed, ReadOnlySpan<TouchPoint> touches)
    {
        Type = type;
        Target = target;
        TimeMs = timeMs;
        Changed = changed;
        Touches = touches;
    }

    /// <summary><c>touchstart</c>, <c>touchmove</c>, <c>touchend</c>, <c>touchcancel</c>, <c>tap</c> or <c>longpress</c>.</summary>
    public string Type { get; }

    /// <summary>The element slot (node store index) the event is dispatched from.</summary>
    public int Target { get; }

    public double TimeMs { get; }

    /// <summary>The finger that started, moved, lifted or was cancelled (<c>changedTouches</c>, and <c>detail</c>'s x and y).</summary>
    public TouchPoint Changed { get; }

    /// <summary>The fingers still on the screen after this event (<c>touches</c>).</summary>
    public ReadOnlySpan<TouchPoint> Touches { get; }
}
