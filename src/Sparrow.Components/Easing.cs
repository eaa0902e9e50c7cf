using System;

namespace Sparrow.Components;

/// <summary>Easing curves of the components' animations, on the virtual clock.</summary>
internal static class Easing
{
    /// <summary>
    /// Cubic ease-out, 1 − (1 − t)³: fast start, gentle landing, as WeChat's swiper slides (its
    /// <c>easing-function</c> "default" is not specified further) and scroll-view's animated scrolls.
    /// </summary>
    public static float EaseOut(float t)
    {
        var u = 1 - Math.Clamp(t, 0, 1);
        return 1 - (u * u * u);
    }

    /// <summary>The progress (0..1) at <paramref name="nowMs"/> of an animation that started at <paramref name="startMs"/>.</summary>
    public static float Progress(double nowMs, double startMs, double durationMs) =>
        durationMs <= 0 ? 1 : (float)Math.Clamp((nowMs - startMs) / durationMs, 0, 1);
}
