using Sparrow.Core;
using Sparrow.Host.Queries;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// A refreshing page is painted lower by the refresher's band (tests/data/components-hover, whose
/// refresh nothing stops): a finger hits what is painted under it, and boxes answer where they are painted.
/// </summary>
public sealed class PullDownHitTests
{
    [Fact]
    public void Hit_testing_and_client_boxes_follow_the_page_down_while_it_refreshes()
    {
        var diagnostics = new DiagnosticBag();
        using var session = PackageSessions.Start("components-hover", diagnostics);
        var inner = session.FindElement("#inner");
        var before = session.ClientBoxOf(inner)!.Value;
        Assert.Equal(inner, session.HitTest(before.X + 5, before.Y + 5));

        PackageSessions.OnPage(session, "wx.startPullDownRefresh()");
        session.Wait(System.TimeSpan.FromMilliseconds(500)); // the page eases down to the band
        Assert.True(session.PullDownRefreshing);
        Assert.Equal(PullDownRefresh.RefreshingOffset, session.PullDownOffset, 0.5);
        var after = session.ClientBoxOf(inner)!.Value;
        Assert.Equal(before.Y + PullDownRefresh.RefreshingOffset, after.Y, 0.5);
        Assert.Equal(inner, session.HitTest(after.X + 5, after.Y + 5));
        Assert.NotEqual(inner, session.HitTest(before.X + 5, before.Y + 5)); // where it was is the refresher band now
        Assert.Empty(diagnostics.Snapshot());
    }
}
