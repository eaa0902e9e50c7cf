using Sparrow.Core;
using Sparrow.Host.Headless;

namespace Sparrow.Host.Tests.Components;

/// <summary>Sessions on tests/data/components and what its handlers logged.</summary>
internal static class ComponentPackage
{
    public static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = false) => PackageSessions.Start("components", diagnostics, draw);

    /// <summary>The lines the page's handlers pushed to <c>globalThis.__events</c>.</summary>
    public static string[] Events(HeadlessSession session) => PackageSessions.Events(session);

    /// <summary>Runs <paramref name="script"/> against the page on top (e.g. <c>p.goInto('row5')</c>, with <c>p</c> the page).</summary>
    public static void OnPage(HeadlessSession session, string script) => PackageSessions.OnPage(session, script);

    public static int Node(HeadlessSession session, string id) => session.FindElement("#" + id);

    /// <summary>The frame's pixel at client point (x, y) CSS px (device pixel ratio 2).</summary>
    public static Color PixelAt(HeadlessSession session, float x, float y)
    {
        var image = session.LastPixels!;
        var i = (((int)(y * 2) * image.Width) + (int)(x * 2)) * 4;
        var p = image.Pixels;
        return new Color(p[i], p[i + 1], p[i + 2], p[i + 3]);
    }

    /// <summary>A drag of finger 0 in <paramref name="steps"/> moves over <paramref name="ms"/> milliseconds.</summary>
    public static void Drag(HeadlessSession session, float x0, float y0, float x1, float y1, int steps = 10, double ms = 300)
    {
        session.PointerDown(0, x0, y0);
        for (var k = 1; k <= steps; k++)
        {
            session.Wait(System.TimeSpan.FromMilliseconds(ms / steps));
            var t = (float)k / steps;
            session.PointerMove(0, x0 + ((x1 - x0) * t), y0 + ((y1 - y0) * t));
        }

        session.PointerUp(0, x1, y1);
    }
}
