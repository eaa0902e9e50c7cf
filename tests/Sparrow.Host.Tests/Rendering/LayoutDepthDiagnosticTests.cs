using System.Linq;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Layout;
using Sparrow.Text;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>A page nested deeper than layout goes gets one warning naming it, not one per frame.</summary>
public sealed class LayoutDepthDiagnosticTests : System.IDisposable
{
    private readonly FontSystem _fonts = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _fonts.Dispose();

    private PageDocument NewPage()
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), _diagnostics) { Route = "pages/deep/deep" };
        page.Cascade.AddStyleSheet(".leaf { width: 10px; height: 10px; }", "page.wxss");
        return page;
    }

    /// <summary>page &gt; <paramref name="levels"/> nested wx-views, the innermost of class "leaf".</summary>
    private static byte[] ChainOps(int levels)
    {
        var w = new OpStreamWriter();
        w.CreateElement(2, "page", "page");
        for (var i = 0; i < levels; i++)
        {
            w.CreateElement((uint)(3 + i), "view", "wx-view");
        }

        w.AddClass((uint)(3 + levels - 1), "leaf");
        for (var i = levels - 1; i > 0; i--)
        {
            w.AppendChild((uint)(3 + i - 1), (uint)(3 + i));
        }

        w.AppendChild(2, 3);
        w.AppendChild(1, 2);
        return w.Finish();
    }

    private static byte[] Resize(uint id, string cls)
    {
        var w = new OpStreamWriter();
        w.AddClass(id, cls);
        return w.Finish();
    }

    [Fact]
    public void A_page_deeper_than_the_layout_limit_gets_one_warning_naming_the_page_and_its_depth()
    {
        var levels = LayoutEngine.MaxDepth + 100;
        var page = NewPage();
        page.Cascade.AddStyleSheet(".wide { width: 200px; }", "more.wxss");
        Assert.Equal(0, page.Apply(ChainOps(levels)).Rejected);
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);
        Assert.True(LayoutEngine.LastPassTruncatedSubtrees > 0);

        // Later frames that lay the page out again (a style changed, the viewport turned) stay quiet.
        page.Apply(Resize(3, "wide"));
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);
        Assert.True(page.Update(new Size(667, 375), 2).LaidOut);

        var warnings = _diagnostics.Snapshot().Where(d => d.Code == HostDiagnosticCodes.LayoutTooDeep).ToList();
        var warning = Assert.Single(warnings);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("pages/deep/deep.wxml", warning.Location.File);
        Assert.Contains("pages/deep/deep", warning.Message, System.StringComparison.Ordinal);

        // The page element is one level below the root, then come the views.
        Assert.Contains($"{levels + 1} levels deep", warning.Message, System.StringComparison.Ordinal);
        Assert.Contains($"{LayoutEngine.MaxDepth}", warning.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_within_the_layout_limit_gets_no_depth_warning()
    {
        var page = NewPage();
        page.Apply(ChainOps(200));
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);
        Assert.Equal(0, LayoutEngine.LastPassTruncatedSubtrees);
        Assert.DoesNotContain(_diagnostics.Snapshot(), d => d.Code == HostDiagnosticCodes.LayoutTooDeep);
    }
}
