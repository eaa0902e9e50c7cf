using Sparrow.Core;
using Xunit;

namespace Sparrow.Host.Tests.Queries;

/// <summary>
/// wx.createIntersectionObserver on tests/data/queries, pages/feed: evaluated by the render side
/// after each layout and scroll; row 15 spans 1,570–1,670 px in a 667 px window.
/// </summary>
public sealed class IntersectionObserverTests
{
    private const string Observe = """
        globalThis.__observer = wx.createIntersectionObserver(getCurrentPages()[0], { thresholds: [0, 0.5] })
          .relativeToViewport({ bottom: 0 });
        globalThis.__observer.observe('#row15', (r) => globalThis.__log.push(
          `${r.id} ${r.intersectionRatio} ${r.intersectionRect.top}-${r.intersectionRect.bottom} ${r.boundingClientRect.top} ${r.relativeRect.bottom} t=${r.time}`));
        """;

    private static string Ms(Sparrow.Host.Headless.HeadlessSession session) => session.ClockMs.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_row_scrolled_into_view_notifies_at_each_threshold_it_crosses_and_when_it_leaves()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, Observe);
        Assert.Empty(QueryPackage.TakeLog(session)); // out of view, as initialRatio 0 says: nothing to report

        session.ScrollPageTo(1570 - 667 + 20); // 20 px of the row show
        session.Settle();
        Assert.Equal(["scroll 923", $"row15 0.2 647-667 647 667 t={Ms(session)}"], QueryPackage.TakeLog(session));

        session.ScrollPageTo(1570 - 667 + 40); // 40 %: no threshold crossed
        session.Settle();
        Assert.Equal(["scroll 943"], QueryPackage.TakeLog(session));

        session.ScrollPageTo(1200); // wholly in view
        session.Settle();
        Assert.Equal(["scroll 1200", $"row15 1 370-470 370 667 t={Ms(session)}"], QueryPackage.TakeLog(session));

        session.ScrollPageTo(0);
        session.Settle();
        Assert.Equal(["scroll 0", $"row15 0 0-0 1570 667 t={Ms(session)}"], QueryPackage.TakeLog(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Margins_grow_the_viewport_and_disconnect_stops_the_notifications()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, Observe.Replace("bottom: 0", "bottom: 1000", System.StringComparison.Ordinal));
        Assert.Equal([$"row15 0.97 1570-1667 1570 1667 t={Ms(session)}"], QueryPackage.TakeLog(session));

        QueryPackage.Run(session, "globalThis.__observer.disconnect()");
        session.ScrollPageTo(0);
        session.ScrollPageTo(1403);
        session.Settle();
        Assert.Equal(["scroll 1403", "bottom"], QueryPackage.TakeLog(session));
    }
}
